// SPDX-License-Identifier: MIT
#include "SyncStatusBar.h"

#include "Look.h"
#include "SyncStatus.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using State = models::SyncStatus::State;

SyncStatusBar::SyncStatusBar(models::SyncStatus *status, QWidget *parent)
    : QStatusBar(parent)
    , m_status(status)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_outbox(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_sandbox(new QLabel(tr("Sandbox"), this))
    , m_team(new QLabel(this))
{
    m_team->setObjectName(u"teamState"_s);
    m_team->setAccessibleName(tr("Team sync"));
    m_team->setVisible(false);
    setObjectName(u"statusBar"_s);
    m_state->setObjectName(u"syncState"_s);
    m_outbox->setObjectName(u"outboxCount"_s);
    m_rate->setObjectName(u"rateLimit"_s);
    m_sandbox->setObjectName(u"sandboxMarker"_s);
    m_sandbox->setToolTip(tr("Local emulators of Telegram and Intercom; nothing leaves this computer"));
    m_sandbox->setVisible(false);
    m_sandbox->setForegroundRole(QPalette::Highlight);
    QFont bold = m_sandbox->font();
    bold.setBold(true);
    m_sandbox->setFont(bold);
    m_state->setAccessibleName(tr("Sync state"));
    m_outbox->setAccessibleName(tr("Outbox"));
    m_rate->setAccessibleName(tr("Intercom rate limit"));
    addWidget(m_dot);
    addWidget(m_state, 1);
    addPermanentWidget(m_team);
    addPermanentWidget(m_outbox);
    addPermanentWidget(m_rate);
    addPermanentWidget(m_sandbox);
    connect(m_status, &models::SyncStatus::changed, this, &SyncStatusBar::refresh);
    refresh();
}

void SyncStatusBar::setSandbox(bool sandbox)
{
    m_sandbox->setVisible(sandbox);
}

QString SyncStatusBar::stateText() const
{
    return m_state->text();
}

QString SyncStatusBar::teamText() const
{
    return m_team->text();
}

QString SyncStatusBar::outboxText() const
{
    return m_outbox->text();
}

QString SyncStatusBar::rateText() const
{
    return m_rate->text();
}

void SyncStatusBar::refresh()
{
    const State state = m_status->state();
    QString color;
    switch (state) {
    case State::Connected:
    case State::Following:
        color = look::goodColor(palette()).name();
        break;
    case State::Connecting:
    case State::BackingOff:
    case State::Reconnecting:
        color = look::waitingColor(palette()).name();
        break;
    case State::Conflict:
    case State::Unauthorized:
    case State::Offline:
        color = look::problemColor(palette()).name();
        break;
    case State::Stopped:
        // Stopped because its connection does not open is a problem, not a choice.
        color = m_status->isSyncWaiting() ? look::problemColor(palette()).name()
                                          : palette().color(QPalette::PlaceholderText).name();
        break;
    }
    // Plain text in a palette colour: rich text would build a text document on every update.
    m_dot->setTextFormat(Qt::PlainText);
    m_dot->setText(u"●"_s);
    QPalette dotPalette = m_dot->palette();
    dotPalette.setColor(QPalette::WindowText, QColor(color));
    m_dot->setPalette(dotPalette);
    QString text = m_status->headline();
    const QString detail = m_status->detail();
    // The headline already says "Connected"; other states need their reason in view. A stall's
    // detail says it all: "No answer from Telegram for 45 s — reconnecting".
    if (state == State::Reconnecting && !detail.isEmpty())
        text = detail;
    else if (state != State::Connected && state != State::Connecting && state != State::Following
        && !detail.isEmpty())
        text += u": "_s + detail;
    if (m_status->isTeam() && !m_status->databaseReachable()) {
        color = look::problemColor(palette()).name();
        dotPalette.setColor(QPalette::WindowText, QColor(color));
        m_dot->setPalette(dotPalette);
        text = tr("Team database unreachable: showing what was loaded; changes wait until it is back");
    }
    m_state->setText(text);
    m_state->setToolTip(detail);

    m_team->setVisible(m_status->isTeam());
    m_team->setText(m_status->teamLine());
    m_team->setToolTip(m_status->teamDetail());

    const QLocale locale;
    QString outbox = m_status->pendingCount() == 0
        ? tr("Outbox empty")
        : tr("%n waiting for Intercom", nullptr, m_status->pendingCount());
    if (m_status->failedCount() > 0)
        outbox += u", "_s + tr("%n failed", nullptr, m_status->failedCount());
    m_outbox->setText(outbox);

    if (m_status->rateLimit() <= 0) {
        m_rate->setText(tr("Intercom rate limit: not known yet"));
        m_rate->setToolTip({});
    } else {
        m_rate->setText(
            tr("Intercom headroom: %1 of %2")
                .arg(locale.toString(m_status->rateRemaining()), locale.toString(m_status->rateLimit())));
        m_rate->setToolTip(m_status->rateResetAt().isValid()
                ? tr("Requests left in this window; it resets at %1")
                      .arg(locale.toString(m_status->rateResetAt().toLocalTime().time(), QLocale::LongFormat))
                : QString());
    }
}

} // namespace tgic::ui
