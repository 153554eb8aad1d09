// SPDX-License-Identifier: MIT
#include "PhoneRequestBox.h"

#include "PhoneRequester.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

PhoneRequestBox::PhoneRequestBox(models::PhoneRequester *requester, QWidget *parent)
    : QGroupBox(tr("Phone number"), parent)
    , m_requester(requester)
    , m_ask(new QPushButton(tr("Ask for &phone number"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"phoneRequestBox"_s);
    m_ask->setObjectName(u"askPhone"_s);
    m_ask->setAccessibleDescription(tr("Send the customer a button that shares the phone number of their "
                                       "Telegram account (verified by Telegram)"));
    m_status->setObjectName(u"phoneRequestStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ask);
    layout->addWidget(m_status);
    connect(m_ask, &QPushButton::clicked, this, &PhoneRequestBox::askRequested);
    connect(m_requester, &models::PhoneRequester::changed, this, &PhoneRequestBox::refresh);
    refresh();
}

void PhoneRequestBox::refresh()
{
    const bool can = m_requester->canAsk();
    m_ask->setEnabled(can);
    m_ask->setToolTip(can ? m_ask->accessibleDescription() : m_requester->whyNot());
    const QDateTime asked = m_requester->askedAt();
    m_status->setText(asked.isValid()
            ? tr("Asked %1; waiting for the customer to share it")
                  .arg(QLocale().toString(asked.toLocalTime(), QLocale::ShortFormat))
            : QString());
    m_status->setVisible(asked.isValid());
}

} // namespace tgic::ui
