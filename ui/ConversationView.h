// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedLayout;

namespace tgic::models {
class MessageModel;
}

namespace tgic::ui {

//! The centre pane: the selected chat's history, newest at the bottom. Older messages load
//! when the agent scrolls to the top, keeping the visible messages where they were; new ones
//! keep the view at the bottom if it was there.
class ConversationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(models::MessageModel *model, QWidget *parent = nullptr);

    //! The header: the chat's name and a line under it.
    void setHeader(const QString &title, const QString &subtitle);
    QListView *listView() const { return m_list; }

private:
    void onModelReset();
    void maybeFetchOlder();
    void updatePlaceholder();

    models::MessageModel *m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_placeholder;
    QListView *m_list;
    QStackedLayout *m_stack;
    int m_distanceFromBottom = -1; //!< set while older rows are being inserted above
    bool m_stickToBottom = true;
};

} // namespace tgic::ui
