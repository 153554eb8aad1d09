// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace tgic::ui {

//! A message as a bubble: customer messages on the left, agents' on the right; the text or a
//! placeholder for media; a footer with the time, "edited" and the delivery state to Intercom.
//! Heights depend on the view's width, so the delegate keeps a pointer to its view.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QAbstractItemView *view);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The footer's delivery words ("queued", "in Intercom", "failed: reason").
    static QString deliveryLabel(const QString &delivery, const QString &error);

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QPointer<QAbstractItemView> m_view;
};

} // namespace tgic::ui
