// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace tgic::ui {

//! What the desktop shows at once while its team database connects (it is opened off the
//! window's thread): which database, and, if a try failed, why and that it tries again. The main
//! window takes its place once the connection is up; closing this one quits.
class ConnectingWindow final : public QWidget
{
    Q_OBJECT

public:
    //! `where`: the database as people may see it (never with its password).
    explicit ConnectingWindow(const QString &where, QWidget *parent = nullptr);

    //! A try failed with `error`; the next one is under way or follows shortly.
    void showFailure(const QString &error);
    //! What it says now.
    QString statusText() const;

private:
    QLabel *m_status;
};

} // namespace tgic::ui
