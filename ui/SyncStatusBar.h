// SPDX-License-Identifier: MIT
#pragma once

#include <QStatusBar>

class QLabel;

namespace tgic::models {
class SyncStatus;
}

namespace tgic::ui {

//! The status bar: the sync state in words (with a coloured dot), the outbox backlog and the
//! Intercom rate-limit headroom, all from models::SyncStatus.
class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit SyncStatusBar(models::SyncStatus *status, QWidget *parent = nullptr);

    //! A permanent "Sandbox" marker, so nobody mistakes the demo for production.
    void setSandbox(bool sandbox);

    QString stateText() const;
    QString outboxText() const;
    QString rateText() const;
    //! Team mode: who runs the sync ("Sync runs on HOST (AGENT) since 10:42").
    QString teamText() const;

private:
    void refresh();

    models::SyncStatus *m_status;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_outbox;
    QLabel *m_rate;
    QLabel *m_sandbox;
    QLabel *m_team;
};

} // namespace tgic::ui
