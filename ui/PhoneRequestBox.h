// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace tgic::models {
class PhoneRequester;
}

namespace tgic::ui {

//! The contact panel's "Phone number" box: the "Ask for phone number" button (off, with the reason
//! as its tooltip, when Telegram would not show the keyboard: groups, blocked bots) and when the
//! last request went out.
class PhoneRequestBox final : public QGroupBox
{
    Q_OBJECT

public:
    PhoneRequestBox(models::PhoneRequester *requester, QWidget *parent = nullptr);

    QPushButton *askButton() const { return m_ask; }

Q_SIGNALS:
    void askRequested();

private:
    void refresh();

    models::PhoneRequester *m_requester;
    QPushButton *m_ask;
    QLabel *m_status;
};

} // namespace tgic::ui
