// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace tgic::models {
class ChatListModel;
}

namespace tgic::ui {

//! The left pane: the search box over the chat list. Typing refilters at once (the model
//! matches its in-memory search index and shows the first page); Down moves from the search
//! into the list.
class ChatListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatListPane(models::ChatListModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    void focusSearch();

    //! The selected chat, 0 if none.
    qint64 currentChatId() const;
    void selectChat(qint64 chatId);

Q_SIGNALS:
    void currentChatChanged(qint64 chatId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFilterEdited(const QString &text);
    void restoreSelection();
    void updateEmptyState();

    models::ChatListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_empty;
    qint64 m_current = 0;
};

} // namespace tgic::ui
