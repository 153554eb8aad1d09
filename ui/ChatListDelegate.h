// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace tgic::ui {

//! One chat in the list: avatar, name and time; @username and Telegram ID with the mapping
//! badge; the last message with the unread count. Reads only ChatListModel roles.
class ChatListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tgic::ui
