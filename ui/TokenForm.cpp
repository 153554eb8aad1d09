// SPDX-License-Identifier: MIT
#include "TokenForm.h"

#include "ConnectionTester.h"
#include "Look.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tgic::ui {

TokenForm::TokenForm(QWidget *parent)
    : QWidget(parent)
    , m_telegram(new QLineEdit(this))
    , m_intercom(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_telegramResult(new QLabel(this))
    , m_intercomResult(new QLabel(this))
    , m_tester(new models::ConnectionTester(this))
    , m_telegramUrl(u"https://api.telegram.org"_s)
{
    m_telegram->setObjectName(u"telegramToken"_s);
    m_telegram->setEchoMode(QLineEdit::Password);
    m_telegram->setPlaceholderText(tr("123456789:AA… from @BotFather"));
    m_telegram->setAccessibleName(tr("Telegram bot token"));
    m_intercom->setObjectName(u"intercomToken"_s);
    m_intercom->setEchoMode(QLineEdit::Password);
    m_intercom->setPlaceholderText(tr("Access token of your Intercom app"));
    m_intercom->setAccessibleName(tr("Intercom access token"));
    // Neither field may offer the token to the clipboard or an input method's history.
    for (QLineEdit *e : { m_telegram, m_intercom }) {
        e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        e->setContextMenuPolicy(Qt::NoContextMenu);
    }
    m_region->setObjectName(u"intercomRegion"_s);
    m_region->setAccessibleName(tr("Intercom region"));
    m_region->addItem(tr("United States (api.intercom.io)"), u"us"_s);
    m_region->addItem(tr("Europe (api.eu.intercom.io)"), u"eu"_s);
    m_region->addItem(tr("Australia (api.au.intercom.io)"), u"au"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_telegramResult->setObjectName(u"telegramResult"_s);
    m_intercomResult->setObjectName(u"intercomResult"_s);
    for (QLabel *l : { m_telegramResult, m_intercomResult }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("Telegram &bot token:"), m_telegram);
    form->addRow(tr("Intercom &access token:"), m_intercom);
    form->addRow(tr("Intercom &region:"), m_region);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(testRow);
    form->addRow(tr("Telegram:"), m_telegramResult);
    form->addRow(tr("Intercom:"), m_intercomResult);

    connect(m_telegram, &QLineEdit::textChanged, this, &TokenForm::changed);
    connect(m_intercom, &QLineEdit::textChanged, this, &TokenForm::changed);
    connect(m_region, &QComboBox::currentIndexChanged, this, &TokenForm::changed);
    connect(m_test, &QPushButton::clicked, this, &TokenForm::runTest);
    auto show = [this](QLabel *label, const models::ConnectionTester::Result &r) {
        const QColor color = r.ok ? look::goodColor(palette()) : look::problemColor(palette());
        label->setText((r.ok ? u"✓ "_s : u"✗ "_s) + r.message);
        QPalette resultPalette = palette();
        resultPalette.setColor(QPalette::WindowText, color);
        label->setPalette(resultPalette);
    };
    connect(m_tester, &models::ConnectionTester::telegramChecked, this,
        [this, show](const models::ConnectionTester::Result &r) { show(m_telegramResult, r); });
    connect(m_tester, &models::ConnectionTester::intercomChecked, this,
        [this, show](const models::ConnectionTester::Result &r) { show(m_intercomResult, r); });
    connect(m_tester, &models::ConnectionTester::finished, this, [this](bool ok) {
        m_test->setEnabled(true);
        Q_EMIT tested(ok, m_tester->intercomAppId());
    });
}

QString TokenForm::telegramToken() const
{
    return m_telegram->text().trimmed();
}

QString TokenForm::intercomToken() const
{
    return m_intercom->text().trimmed();
}

QString TokenForm::region() const
{
    return m_region->currentData().toString();
}

void TokenForm::setRegion(const QString &region)
{
    const int i = m_region->findData(region);
    m_region->setCurrentIndex(i >= 0 ? i : 0);
}

void TokenForm::setStoredTokens(const QString &telegram, const QString &intercom)
{
    m_storedTelegram = telegram;
    m_storedIntercom = intercom;
    if (!telegram.isEmpty())
        m_telegram->setPlaceholderText(tr("Stored (%1); type to replace").arg(maskToken(telegram)));
    if (!intercom.isEmpty())
        m_intercom->setPlaceholderText(tr("Stored (%1); type to replace").arg(maskToken(intercom)));
}

void TokenForm::setApiOverride(const QUrl &telegram, const QUrl &intercom)
{
    m_telegramUrl = telegram;
    m_intercomUrl = intercom;
}

QString TokenForm::maskToken(const QString &token)
{
    if (token.size() < 12)
        return u"…"_s;
    return u"…"_s + token.right(4);
}

bool TokenForm::hasBothTokens() const
{
    return !(telegramToken().isEmpty() && m_storedTelegram.isEmpty())
        && !(intercomToken().isEmpty() && m_storedIntercom.isEmpty());
}

QString TokenForm::testResultText() const
{
    return m_telegramResult->text() + u'\n' + m_intercomResult->text();
}

void TokenForm::runTest()
{
    if (!hasBothTokens()) {
        m_telegramResult->setText(tr("Enter both tokens first."));
        m_intercomResult->clear();
        return;
    }
    m_test->setEnabled(false);
    m_telegramResult->setText(tr("Checking…"));
    m_intercomResult->setText(tr("Checking…"));
    const QString tg = telegramToken().isEmpty() ? m_storedTelegram : telegramToken();
    const QString ic = intercomToken().isEmpty() ? m_storedIntercom : intercomToken();
    const QUrl intercomUrl
        = m_intercomUrl.isValid() ? m_intercomUrl : models::ConnectionTester::intercomUrl(region());
    m_tester->test(m_telegramUrl, tg, intercomUrl, ic);
}

} // namespace tgic::ui
