// SPDX-License-Identifier: MIT
#include "ChatListPane.h"

#include "ChatListDelegate.h"
#include "ChatListModel.h"
#include "PlainToolTips.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using models::ChatListModel;

ChatListPane::ChatListPane(ChatListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"chatListPane"_s);
    m_search->setObjectName(u"chatSearch"_s);
    m_search->setPlaceholderText(tr("Search name, @username, Telegram ID or email"));
    m_search->setAccessibleName(tr("Search chats"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_list->setObjectName(u"chatList"_s);
    m_list->setAccessibleName(tr("Chats"));
    m_list->setModel(m_model);
    showToolTipsAsPlainText(m_list); // customers choose their names
    m_list->setItemDelegate(new ChatListDelegate(m_list));
    m_list->setUniformItemSizes(true); // the delegate's rows are all one height: O(1) layout for 100k rows
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty->setObjectName(u"chatListEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    const int line = fontMetrics().height();
    layout->setContentsMargins(0, line / 2, 0, 0);
    layout->setSpacing(line / 2);
    auto *searchRow = new QVBoxLayout;
    searchRow->setContentsMargins(line / 2, 0, line / 2, 0);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ChatListPane::onFilterEdited);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const qint64 id = current.isValid() ? current.data(ChatListModel::ChatIdRole).toLongLong() : 0;
            // A reset (new search) clears the current index; keep the chat if it is still listed.
            if (id == 0 && m_current != 0)
                return;
            if (id == m_current)
                return;
            m_current = id;
            Q_EMIT currentChatChanged(id);
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatListPane::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChatListPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChatListPane::updateEmptyState);
    updateEmptyState();
}

void ChatListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

qint64 ChatListPane::currentChatId() const
{
    return m_current;
}

void ChatListPane::selectChat(qint64 chatId)
{
    const int row = m_model->rowOfChat(chatId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ChatListPane::onFilterEdited(const QString &text)
{
    m_model->setFilterText(text);
}

void ChatListPane::restoreSelection()
{
    updateEmptyState();
    const int row = m_model->rowOfChat(m_current);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    }
}

void ChatListPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(m_model->filter().isEmpty()
            ? tr("No chats yet. They appear when customers write to the bot.")
            : tr("No chat matches “%1”").arg(m_search->text().trimmed()));
}

bool ChatListPane::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the search box move through the results, so an agent never needs the mouse.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_Return
                || key->key() == Qt::Key_Enter)
            && m_model->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_model->index(0));
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tgic::ui
