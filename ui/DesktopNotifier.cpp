// SPDX-License-Identifier: MIT
#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection::sessionBus().connect(
        kService, kPath, kService, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
}

bool DesktopNotifier::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
}

bool DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (!isAvailable())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, u"Notify"_s);
    // The desktop entry lets the shell show the app's name and icon and group the notifications.
    const QVariantMap hints { { u"desktop-entry"_s, QStringLiteral(TGIC_APP_ID) },
        { u"category"_s, u"im.received"_s } };
    call << QCoreApplication::applicationName() << m_lastId << QStringLiteral(TGIC_APP_ID) << title
         << body.toHtmlEscaped() << QStringList { u"default"_s, tr("Show") } << hints << int(-1);
    const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
    if (!reply.isValid())
        return false;
    m_lastId = reply.value();
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (id == m_lastId && action == u"default"_s)
        Q_EMIT activated();
}

} // namespace tgic::ui
