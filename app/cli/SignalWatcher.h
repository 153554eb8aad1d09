// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace tgic::cli {

//! Turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so the event loop can shut
//! down in order (jobs aborted, database closed) instead of dying mid-transaction.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tgic::cli
