// SPDX-License-Identifier: MIT
#include "SetupWizard.h"

#include "Look.h"
#include "TokenForm.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
class TokenPage final : public QWizardPage
{
public:
    TokenPage(TokenForm *form, QWidget *parent)
        : QWizardPage(parent)
        , m_form(form)
    {
        setTitle(SetupWizard::tr("Connect Telegram and Intercom"));
        setSubTitle(SetupWizard::tr("The tokens go into your system keychain, never into files or logs."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form);
        layout->addStretch(1);
        QObject::connect(form, &TokenForm::changed, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return m_form->hasBothTokens(); }

private:
    TokenForm *m_form;
};
} // namespace

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
    , m_form(new TokenForm(this))
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up Telegram ⇄ Intercom"));
    setWindowIcon(look::appIcon());
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *intro = new QWizardPage(this);
    intro->setTitle(tr("Welcome"));
    auto *text
        = new QLabel(tr("<p>This app shows your bot's Telegram chats beside the Intercom contacts they "
                        "belong to. Every Telegram user becomes exactly one Intercom contact, anchored on "
                        "the Telegram user ID, so renames and new devices never split a customer.</p>"
                        "<p>You need a <b>Telegram bot token</b> (from @BotFather) and an <b>Intercom "
                        "access token</b> (Developer Hub → your app → Authentication).</p>"
                        "<p>Just looking? Close this and run <code>tgic --sandbox</code>: it plays "
                        "scripted customers against local emulators, with no accounts at all.</p>"),
            intro);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->addWidget(text);
    addPage(intro);
    addPage(new TokenPage(m_form, this));

    connect(m_form, &TokenForm::tested, this, [this](bool ok, const QString &appId) {
        if (ok)
            m_appId = appId;
    });
}

} // namespace tgic::ui
