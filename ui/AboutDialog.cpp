// SPDX-License-Identifier: MIT
#include "AboutDialog.h"

#include "LogFile.h"
#include "Look.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About %1").arg(QApplication::applicationDisplayName()));

    auto *icon = new QLabel(this);
    icon->setPixmap(look::appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *title
        = new QLabel(u"<h2>%1</h2>"_s.arg(QApplication::applicationDisplayName().toHtmlEscaped()), this);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(TGIC_VERSION)), this);
    version->setObjectName(u"aboutVersion"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary
        = new QLabel(tr("Telegram chats beside their linked Intercom contacts. Every Telegram user maps "
                        "to exactly one Intercom contact, anchored on the immutable Telegram user ID."),
            this);
    summary->setWordWrap(true);

    // The runtime Qt can differ from the one tgic was built with (a distribution update).
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString buildQt = QStringLiteral(QT_VERSION_STR);
    auto *qt = new QLabel(runtimeQt == buildQt ? tr("Qt %1").arg(runtimeQt)
                                               : tr("Qt %1 (built with %2)").arg(runtimeQt, buildQt),
        this);
    qt->setObjectName(u"aboutQtVersion"_s);
    auto *licence = new QLabel(
        tr("Released under the %1.").arg(link(u"https://opensource.org/license/mit"_s, tr("MIT licence"))),
        this);
    licence->setObjectName(u"aboutLicence"_s);

    const QString logDir = LogFile::directory();
    auto *links = new QLabel(
        u"%1<br>%2<br>%3<br>%4"_s.arg(link(QStringLiteral(TGIC_HOMEPAGE_URL), tr("Project website")),
            link(u"https://core.telegram.org/bots/api"_s, tr("Telegram Bot API")),
            link(u"https://developers.intercom.com/docs"_s, tr("Intercom REST API 2.16")),
            link(QUrl::fromLocalFile(logDir).toString(), tr("Log folder"))),
        this);
    links->setObjectName(u"aboutLinks"_s);
    for (QLabel *label : { licence, links }) {
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(summary);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(qt);
    text->addWidget(licence);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(links);
    text->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout(this);
    grid->addWidget(icon, 0, 0);
    grid->addLayout(text, 0, 1);
    grid->addWidget(buttons, 1, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

} // namespace tgic::ui
