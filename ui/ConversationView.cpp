// SPDX-License-Identifier: MIT
#include "ConversationView.h"

#include "MessageDelegate.h"
#include "MessageModel.h"

#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
// QAbstractItemView fetches more whenever its last row is visible: in a chat, where history
// grows upwards and the last row is always on screen, that would load the whole history.
// The view therefore sees a model that never offers more, and asks the real one itself when
// scrolled to the top.
class NoViewFetchProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
};
} // namespace

ConversationView::ConversationView(models::MessageModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a chat to read its history"), this))
    , m_list(new QListView(this))
{
    setObjectName(u"conversationView"_s);
    auto *header = new QWidget(this);
    header->setObjectName(u"conversationHeader"_s);
    auto *headerLayout = new QVBoxLayout(header);
    const int line = fontMetrics().height();
    headerLayout->setContentsMargins(line, line / 2, line, line / 2);
    headerLayout->setSpacing(0);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText); // a customer's name, never HTML
    m_subtitle->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"conversationTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(u"conversationSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);

    auto *proxy = new NoViewFetchProxy(this);
    proxy->setSourceModel(m_model);
    m_list->setObjectName(u"messageList"_s);
    m_list->setAccessibleName(tr("Messages"));
    m_list->setModel(proxy);
    m_list->setItemDelegate(new MessageDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setWordWrap(true);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setObjectName(u"conversationPlaceholder"_s);
    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(stackHost, 1);

    QScrollBar *bar = m_list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_stickToBottom = value >= bar->maximum() - 2;
        if (value == bar->minimum())
            maybeFetchOlder();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_distanceFromBottom >= 0) {
            // Older rows went in above: keep the same messages under the agent's eyes.
            bar->setValue(max - m_distanceFromBottom);
            m_distanceFromBottom = -1;
        } else if (m_stickToBottom) {
            bar->setValue(max);
        }
        // Not enough history to fill the view yet: load more without waiting for a scroll.
        if (max == 0)
            QTimer::singleShot(0, this, &ConversationView::maybeFetchOlder);
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this, bar](const QModelIndex &, int first) {
            if (first == 0 && m_model->rowCount() > 0)
                m_distanceFromBottom = bar->maximum() - bar->value();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConversationView::onModelReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConversationView::updatePlaceholder);
    updatePlaceholder();
}

void ConversationView::setHeader(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void ConversationView::onModelReset()
{
    m_stickToBottom = true;
    m_distanceFromBottom = -1;
    updatePlaceholder();
    QTimer::singleShot(0, m_list, &QListView::scrollToBottom);
}

void ConversationView::maybeFetchOlder()
{
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void ConversationView::updatePlaceholder()
{
    if (m_model->chatId() == 0) {
        m_placeholder->setText(tr("Select a chat to read its history"));
        m_stack->setCurrentWidget(m_placeholder);
    } else if (m_model->rowCount() == 0) {
        m_placeholder->setText(tr("No messages in this chat yet"));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_list);
    }
}

} // namespace tgic::ui
