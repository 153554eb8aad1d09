// SPDX-License-Identifier: MIT
#include "ConnectingWindow.h"

#include "Look.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace tgic::ui {

ConnectingWindow::ConnectingWindow(const QString &where, QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    setObjectName(u"connectingWindow"_s);
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(look::appIcon());
    auto *icon = new QLabel(this);
    icon->setPixmap(look::appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_status->setObjectName(u"connectingStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Connecting to the team database %1…").arg(where));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_status, 1);
    setMinimumWidth(420);
}

void ConnectingWindow::showFailure(const QString &error)
{
    m_status->setText(tr("The team database does not answer:\n%1\n\nTrying again…").arg(error));
}

QString ConnectingWindow::statusText() const
{
    return m_status->text();
}

} // namespace tgic::ui
