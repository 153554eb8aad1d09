// SPDX-License-Identifier: MIT
#include "ContactPanel.h"

#include "ContactDetails.h"
#include "Look.h"
#include "PhoneRequestBox.h"
#include "PhoneRequester.h"
#include "PlainToolTips.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

constexpr int kMinuteMs = 60 * 1000;
} // namespace

ContactPanel::ContactPanel(models::ContactDetails *details, QWidget *parent)
    : QWidget(parent)
    , m_details(details)
    , m_heading(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_readProblem(new QLabel(tr("This customer could not be read from the local database; the panel shows "
                                  "what it read before. The log file says why."),
          this))
    , m_empty(new QLabel(tr("The linked Intercom contact appears here"), this))
    , m_content(new QWidget(this))
    , m_history(new QTreeView(this))
    , m_open(new QPushButton(tr("Open in Intercom"), this))
    , m_actionResult(new QLabel(this))
    , m_replyWindowTimer(new QTimer(this))
{
    setObjectName(u"contactPanel"_s);
    setAccessibleName(tr("Linked contact"));
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setObjectName(u"contactHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(u"mappingBadge"_s);
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setWordWrap(true);
    m_readProblem->setObjectName(u"readProblem"_s);
    m_readProblem->setWordWrap(true);
    m_readProblem->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *contactBox = new QGroupBox(tr("Intercom contact"), m_content);
    // A grid, not a QFormLayout: hiding rows of word-wrapped labels with QFormLayout::setRowVisible
    // corrupts memory in Qt 6.4 (heap overflow in heightForWidth, seen under valgrind).
    auto *contactForm = new QGridLayout(contactBox);
    contactForm->setColumnStretch(1, 1);
    addField(contactForm, u"contactId"_s, tr("Contact ID"));
    addField(contactForm, u"role"_s, tr("Role"));
    addField(contactForm, u"name"_s, tr("Name"));
    addField(contactForm, u"email"_s, tr("Email"));
    addField(contactForm, u"phone"_s, tr("Phone"));
    addField(contactForm, u"anchor"_s, tr("telegram_user_id"));
    addField(contactForm, u"resolvedVia"_s, tr("Linked by"));
    addField(contactForm, u"conversation"_s, tr("Conversation"));
    addField(contactForm, u"mappingError"_s, tr("Problem"));
    m_open->setObjectName(u"openInIntercom"_s);
    m_open->setAccessibleName(tr("Open the contact in the Intercom web app"));
    contactForm->addWidget(m_open, contactForm->rowCount(), 0, 1, 2);

    QGroupBox *intercomConversationBox = buildIntercomConversationBox(m_content);

    // Repairs of who-is-who; each is audited and noted on the Intercom contact.
    auto *repairBox = new QGroupBox(tr("Fix the link"), m_content);
    auto *repairGrid = new QGridLayout(repairBox);
    addAction(repairGrid, CustomerAction::Relink, tr("&Relink…"),
        tr("Link this Telegram user to another Intercom contact"));
    addAction(repairGrid, CustomerAction::Merge, tr("&Merge…"),
        tr("Merge this contact into the customer's existing Intercom user"));
    addAction(repairGrid, CustomerAction::Unlink, tr("&Unlink"),
        tr("Detach the Telegram user from the contact; messages wait until relinked"));
    addAction(repairGrid, CustomerAction::Reresolve, tr("Re-re&solve"),
        tr("Forget the link and find or create the contact again by the Telegram ID"));
    addAction(repairGrid, CustomerAction::RewriteAnchor, tr("Re-&write anchor"),
        tr("Write the telegram_user_id attribute onto the contact again"));
    m_actionResult->setObjectName(u"actionResult"_s);
    m_actionResult->setWordWrap(true);
    m_actionResult->setTextFormat(Qt::PlainText);
    m_actionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionResult->hide();
    repairGrid->addWidget(m_actionResult, repairGrid->rowCount(), 0, 1, 2);

    auto *telegramBox = new QGroupBox(tr("Telegram"), m_content);
    auto *telegramForm = new QGridLayout(telegramBox);
    telegramForm->setColumnStretch(1, 1);
    addField(telegramForm, u"channel"_s, tr("Chat"));
    addField(telegramForm, u"replyWindow"_s, tr("Replies"));
    addField(telegramForm, u"telegramId"_s, tr("User ID"));
    addField(telegramForm, u"displayName"_s, tr("Name"));
    addField(telegramForm, u"username"_s, tr("Username"));
    addField(telegramForm, u"language"_s, tr("Language"));
    addField(telegramForm, u"firstSeen"_s, tr("First seen"));

    auto *historyBox = new QGroupBox(tr("Username and name history"), m_content);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history->setObjectName(u"profileHistory"_s);
    m_history->setAccessibleName(tr("Username and name history"));
    m_history->setModel(m_details->history());
    showToolTipsAsPlainText(m_history); // names as the customer wrote them
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideMiddle);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setMinimumHeight(fontMetrics().height() * 7);
    historyLayout->addWidget(m_history);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_badge);
    contentLayout->addWidget(m_readProblem);
    contentLayout->addWidget(contactBox);
    contentLayout->addWidget(intercomConversationBox);
    contentLayout->addWidget(repairBox);
    contentLayout->addWidget(telegramBox);
    contentLayout->addWidget(historyBox, 1);
    // Forgetting the customer on request: apart from the repairs, it removes rather than fixes.
    QPushButton *erase = makeActionButton(CustomerAction::Erase, tr("&Erase This Customer…"),
        tr("Remove everything about this Telegram user, here and in Intercom, on their "
           "request (shows what goes where first)"));
    auto *eraseRow = new QHBoxLayout;
    eraseRow->addStretch(1);
    eraseRow->addWidget(erase);
    contentLayout->addLayout(eraseRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Values wrap instead: a sideways-scrolling panel hides half of every field.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    const int line = fontMetrics().height();
    innerLayout->setContentsMargins(line * 3 / 4, line / 2, line * 3 / 4, line / 2);
    innerLayout->addWidget(m_empty, 1);
    innerLayout->addWidget(m_content, 1);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QUrl url = m_details->contactUrl();
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });
    connect(m_details, &models::ContactDetails::changed, this, &ContactPanel::refresh);
    m_replyWindowTimer->setInterval(kMinuteMs);
    connect(m_replyWindowTimer, &QTimer::timeout, this, &ContactPanel::refreshReplyWindow);
    refresh();
}

void ContactPanel::refreshReplyWindow()
{
    const models::ReplyWindow w = m_details->replyWindow();
    if (!w.applies)
        m_replyWindowTimer->stop();
    else if (!m_replyWindowTimer->isActive())
        m_replyWindowTimer->start();
    QString text;
    if (w.applies && w.open) {
        const QDateTime closes = w.closesAt.toLocalTime();
        text = tr("Replies possible until %1")
                   .arg(closes.date() == w.at.toLocalTime().date()
                           ? QLocale().toString(closes.time(), QLocale::ShortFormat)
                           : QLocale().toString(closes, QLocale::ShortFormat));
    } else if (w.applies && w.closesAt.isValid()) {
        // Minutes under an hour, hours up to two days, then days.
        constexpr qint64 kHourMinutes = 60;
        constexpr qint64 kDayMinutes = 24 * kHourMinutes;
        const qint64 minutes = w.closedForMs / kMinuteMs;
        const QString ago = minutes < kHourMinutes ? tr("%1 min").arg(minutes)
            : minutes < 2 * kDayMinutes            ? tr("%1 h").arg(minutes / kHourMinutes)
                                                   : tr("%1 d").arg(minutes / kDayMinutes);
        text = tr("Reply window closed %1 ago — the customer must write first").arg(ago);
    } else if (w.applies) {
        text = tr("Reply window closed — the customer must write first");
    }
    setField(u"replyWindow"_s, text);
    QPalette pal = palette();
    if (w.applies && !w.open)
        pal.setColor(QPalette::WindowText, look::problemColor(palette()));
    m_fields.value(u"replyWindow"_s)->setPalette(pal);
}

QLabel *ContactPanel::addField(QGridLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText); // customers choose their names: never interpret them as HTML
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    caption->setForegroundRole(QPalette::PlaceholderText);
    value->setAccessibleName(label);
    const int row = form->rowCount();
    form->addWidget(caption, row, 0, Qt::AlignTop);
    form->addWidget(value, row, 1);
    m_fields.insert(name, value);
    m_captions.insert(name, caption);
    return value;
}

QPushButton *ContactPanel::makeActionButton(CustomerAction action, const QString &text, const QString &help)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectNameOf(action));
    button->setToolTip(help);
    button->setAccessibleDescription(help);
    m_actions.insert(action, button);
    connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
    return button;
}

void ContactPanel::addAction(
    QGridLayout *grid, CustomerAction action, const QString &text, const QString &help)
{
    const int index = int(m_actions.size());
    grid->addWidget(makeActionButton(action, text, help), index / 2, index % 2);
}

void ContactPanel::setActionsAvailable(bool available, const QString &reason)
{
    m_actionsAvailable = available;
    m_unavailableReason = reason;
    updateActions();
}

void ContactPanel::showActionResult(const QString &message, bool ok)
{
    m_resultFor = m_details->snapshot().chatId;
    m_actionResult->setText(ok ? message : tr("Not done: %1").arg(message));
    QPalette pal = palette();
    if (!ok)
        pal.setColor(QPalette::WindowText, look::problemColor(palette()));
    m_actionResult->setPalette(pal);
    m_actionResult->setVisible(!message.isEmpty());
}

void ContactPanel::updateActions()
{
    const models::ContactSnapshot &s = m_details->snapshot();
    const bool linked = !s.contactId.isEmpty();
    const auto applies = [&s, linked](CustomerAction action) {
        switch (action) {
        case CustomerAction::Relink:
        case CustomerAction::Erase:
            return true;
        case CustomerAction::Merge:
        case CustomerAction::RewriteAnchor:
            return linked;
        case CustomerAction::Unlink:
            return linked && s.mappingState != models::MappingState::Detached;
        case CustomerAction::Reresolve:
            return s.mappingState.has_value();
        }
        return false;
    };
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setEnabled(m_actionsAvailable && s.telegramUserId != 0 && applies(it.key()));
        it.value()->setToolTip(
            m_actionsAvailable ? it.value()->accessibleDescription() : m_unavailableReason);
    }
    if (s.chatId != m_resultFor)
        m_actionResult->hide();
}

QLabel *ContactPanel::field(const QString &name) const
{
    return m_fields.value(name);
}

void ContactPanel::setField(const QString &name, const QString &value)
{
    QLabel *label = m_fields.value(name);
    label->setText(value);
    // Absent fields are hidden with their caption rather than shown empty.
    label->setVisible(!value.isEmpty());
    m_captions.value(name)->setVisible(!value.isEmpty());
}

void ContactPanel::setPhoneRequester(models::PhoneRequester *requester)
{
    m_phoneRequester = requester;
    m_phoneBox = new PhoneRequestBox(requester, m_content->parentWidget());
    // Beside the contact, not inside it: a group chat has no contact, but the agent reading it
    // should still see why no phone number can be asked there.
    auto *inner = qobject_cast<QVBoxLayout *>(m_content->parentWidget()->layout());
    inner->insertWidget(inner->indexOf(m_content) + 1, m_phoneBox);
    connect(m_phoneBox, &PhoneRequestBox::askRequested, this, &ContactPanel::askPhoneRequested);
    updatePhoneRequest();
}

QPushButton *ContactPanel::askPhoneButton() const
{
    return m_phoneBox ? m_phoneBox->askButton() : nullptr;
}

void ContactPanel::updatePhoneRequest()
{
    if (!m_phoneBox)
        return;
    const qint64 chatId = m_details->snapshot().chatId;
    m_phoneRequester->setChatId(chatId);
    m_phoneBox->setVisible(chatId != 0);
}

void ContactPanel::refresh()
{
    updatePhoneRequest();
    const models::ContactSnapshot &s = m_details->snapshot();
    const bool person = s.telegramUserId != 0;
    m_empty->setVisible(!person);
    m_content->setVisible(person);
    updateActions();
    if (!person) {
        m_empty->setText(s.chatId ? tr("This chat is not with a single person, so it has no contact")
                                  : tr("The linked Intercom contact appears here"));
        return;
    }
    m_heading->setText(s.name.isEmpty() ? s.displayName : s.name);
    const QColor color = look::mappingStateColor(s.mappingState, palette());
    // Plain text in the state's colour (no rich text: the panel refreshes on every change).
    m_badge->setText(u"● "_s + look::mappingStateLabel(s.mappingState) + u" — "_s
        + look::mappingStateDescription(s.mappingState));
    QPalette badgePalette = palette();
    badgePalette.setColor(QPalette::WindowText, color);
    m_badge->setPalette(badgePalette);
    m_badge->setAccessibleName(look::mappingStateDescription(s.mappingState));
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText, look::problemColor(palette()));
    m_readProblem->setPalette(problemPalette);
    m_readProblem->setVisible(s.readFailed);

    setField(u"contactId"_s, s.contactId.isEmpty() ? tr("not linked yet") : s.contactId);
    setField(u"role"_s, s.role == u"user"_s ? tr("user") : s.role == u"lead"_s ? tr("lead") : s.role);
    setField(u"name"_s, s.name);
    setField(u"email"_s, s.email);
    setField(u"phone"_s, s.phone);
    setField(u"anchor"_s,
        s.anchor.isEmpty() && !s.contactId.isEmpty() ? QString::number(s.telegramUserId) : s.anchor);
    setField(u"resolvedVia"_s, s.resolvedVia);
    // Once read from Intercom its state is shown below; this app's own "open" would only contradict it.
    setField(u"conversation"_s,
        s.conversationId.isEmpty() ? QString()
            : !s.intercomState.isEmpty() && s.conversationState == u"open"_s
            ? tr("%1 (last activity %2)").arg(s.conversationId, when(s.conversationActivity))
            : tr("%1 (%2, last activity %3)")
                  .arg(s.conversationId, s.conversationState, when(s.conversationActivity)));
    setField(u"mappingError"_s, s.mappingError);
    refreshIntercomConversation(s);
    // The same person may write to the bot and to a business account: two chats, one contact.
    setField(u"channel"_s,
        s.businessChat              ? (s.businessAccount.isEmpty() ? tr("Business chat")
                                                                   : tr("Business chat with %1").arg(s.businessAccount))
            : s.telegramUserId != 0 ? tr("Chat with the bot")
                                    : QString());
    refreshReplyWindow();
    setField(u"telegramId"_s, QString::number(s.telegramUserId));
    setField(u"displayName"_s, s.displayName);
    setField(u"username"_s, s.username.isEmpty() ? tr("(none)") : u'@' + s.username);
    setField(u"language"_s, s.languageCode);
    setField(u"firstSeen"_s, when(s.firstSeen));

    const QUrl url = m_details->contactUrl();
    m_open->setEnabled(url.isValid());
    m_open->setToolTip(url.isValid() ? url.toDisplayString()
            : s.contactId.isEmpty()
            ? tr("No Intercom contact is linked yet")
            : tr("Available once connected to Intercom (the workspace id is needed)"));
}

// ---- The conversation as Intercom sees it ----------------------------------------------------
// Refreshed by the reply poller from the objects it reads anyway; the time of that read says how
// fresh the rest is.

QGroupBox *ContactPanel::buildIntercomConversationBox(QWidget *parent)
{
    m_intercomConversation = new QGroupBox(tr("Conversation in Intercom"), parent);
    m_intercomConversation->setObjectName(u"intercomConversation"_s);
    auto *grid = new QGridLayout(m_intercomConversation);
    grid->setColumnStretch(1, 1);
    addField(grid, u"intercomState"_s, tr("State"));
    addField(grid, u"assignee"_s, tr("Assignee"));
    addField(grid, u"team"_s, tr("Team"));
    addField(grid, u"intercomTags"_s, tr("Tags"));
    addField(grid, u"intercomReadAt"_s, tr("Read from Intercom"));
    return m_intercomConversation;
}

void ContactPanel::refreshIntercomConversation(const models::ContactSnapshot &s)
{
    m_intercomConversation->setVisible(!s.conversationId.isEmpty());
    if (s.intercomState.isEmpty()) {
        setField(u"intercomState"_s, tr("not read from Intercom yet"));
        for (const QString &name : { u"assignee"_s, u"team"_s, u"intercomTags"_s, u"intercomReadAt"_s })
            setField(name, {});
        return;
    }
    QString state = s.intercomState;
    if (s.intercomState == u"open"_s)
        state = tr("Open");
    else if (s.intercomState == u"closed"_s)
        state = tr("Closed");
    else if (s.intercomState == u"snoozed"_s)
        state = s.snoozedUntil.isValid() ? tr("Snoozed until %1").arg(when(s.snoozedUntil)) : tr("Snoozed");
    setField(u"intercomState"_s, state);
    // As Intercom's inbox shows it: a teammate (or "Unassigned") and, if any, a team inbox.
    setField(u"assignee"_s, s.adminAssignee.isEmpty() ? tr("Unassigned") : s.adminAssignee);
    setField(u"team"_s, s.teamAssignee);
    setField(u"intercomTags"_s, s.intercomTags.isEmpty() ? tr("none") : s.intercomTags.join(u", "_s));
    setField(u"intercomReadAt"_s, when(s.intercomReadAt));
}

} // namespace tgic::ui
