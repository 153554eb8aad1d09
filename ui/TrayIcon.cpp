// SPDX-License-Identifier: MIT
#include "TrayIcon.h"

#include "ChatListModel.h"
#include "DesktopNotifier.h"
#include "DesktopSettings.h"
#include "Look.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;
using tgic::models::ChatListModel;

namespace tgic::ui {

TrayIcon::TrayIcon(models::ModelReader &reader, QWidget *window)
    : QObject(window)
    , m_model(new ChatListModel(reader, this))
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
    , m_notifier(new DesktopNotifier(this))
    , m_menu(new QMenu) // no parent: deleted here, whichever child of the window goes first
    , m_baseIcon(look::appIcon())
{
    setObjectName(u"trayIcon"_s);
    m_menu->setObjectName(u"trayMenu"_s);
    QAction *show = m_menu->addAction(tr("&Show Window"));
    connect(show, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            toggleWindow();
    });
    connect(m_notifier, &DesktopNotifier::activated, this, [this] {
        if (m_window && !m_window->isActiveWindow())
            toggleWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_window && !m_window->isActiveWindow())
            toggleWindow();
    });

    m_batch.setSingleShot(true);
    m_batch.setInterval(1500);
    connect(&m_batch, &QTimer::timeout, this, &TrayIcon::flushNotifications);

    // What is loaded now is the baseline: only later increases are new messages.
    rebaseline();
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
            if (!roles.isEmpty() && !roles.contains(ChatListModel::UnreadCountRole))
                return;
            for (int row = first.row(); row <= last.row(); ++row) {
                const QModelIndex i = m_model->index(row);
                const qint64 chat = i.data(ChatListModel::ChatIdRole).toLongLong();
                const int now = i.data(ChatListModel::UnreadCountRole).toInt();
                noteIncrease(chat, m_unread.value(chat), now, i.data(ChatListModel::TitleRole).toString(),
                    i.data(ChatListModel::PreviewRole).toString());
                m_unread.insert(chat, now);
            }
            recount();
        });
    connect(
        m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row) {
                const QModelIndex i = m_model->index(row);
                const qint64 chat = i.data(ChatListModel::ChatIdRole).toLongLong();
                const int now = i.data(ChatListModel::UnreadCountRole).toInt();
                // Rows of a page we asked for are old news; a chat that appears on its own is new.
                if (!m_loadingPage)
                    noteIncrease(chat, m_unread.value(chat), now, i.data(ChatListModel::TitleRole).toString(),
                        i.data(ChatListModel::PreviewRole).toString());
                m_unread.insert(chat, now);
            }
            recount();
        });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::recount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebaseline();
        recount();
    });
    connect(m_model, &ChatListModel::pageLoaded, this, [this] {
        m_loadingPage = false;
        recount();
    });

    recount();
    applySettings();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::rebaseline()
{
    m_unread.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row);
        m_unread.insert(
            i.data(ChatListModel::ChatIdRole).toLongLong(), i.data(ChatListModel::UnreadCountRole).toInt());
    }
}

void TrayIcon::applySettings()
{
    const DesktopSettings settings = DesktopSettings::load();
    m_notify = settings.notifications;
    // Offscreen and some desktops have no tray: then there is nothing to show, and no error.
    m_tray->setVisible(settings.trayIcon && QSystemTrayIcon::isSystemTrayAvailable());
}

bool TrayIcon::isShown() const
{
    return m_tray->isVisible();
}

QString TrayIcon::summary() const
{
    if (m_unreadChats == 0)
        return tr("No unread chats");
    return tr("%n unread chat(s)", nullptr, m_unreadChats);
}

void TrayIcon::recount()
{
    int chats = 0;
    int messages = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int unread = m_model->index(row).data(ChatListModel::UnreadCountRole).toInt();
        chats += unread > 0 ? 1 : 0;
        messages += unread;
    }
    // Unread chats may continue beyond the loaded rows; read on while the last one is unread.
    if (rows > 0 && !m_loadingPage
        && m_model->index(rows - 1).data(ChatListModel::UnreadCountRole).toInt() > 0
        && m_model->canFetchMore({})) {
        m_loadingPage = true;
        m_model->fetchMore({});
    }
    if (chats == m_unreadChats && messages == m_unreadMessages && !m_tray->toolTip().isEmpty())
        return;
    m_unreadChats = chats;
    m_unreadMessages = messages;
    m_tray->setIcon(badgedIcon(chats));
    m_tray->setToolTip(QApplication::applicationDisplayName() + u" — "_s + summary());
    Q_EMIT unreadChanged(chats, messages);
}

void TrayIcon::noteIncrease(
    qint64 chatId, int before, int after, const QString &title, const QString &preview)
{
    Q_UNUSED(chatId)
    if (after <= before || !m_notify)
        return;
    // The agent is looking at the app: the list shows it already.
    if (m_window && m_window->isActiveWindow())
        return;
    if (!m_pendingTitles.contains(title))
        m_pendingTitles << title;
    m_pendingPreview = preview;
    m_pendingMessages += after - before;
    if (!m_batch.isActive())
        m_batch.start();
}

void TrayIcon::flushNotifications()
{
    if (m_pendingTitles.isEmpty())
        return;
    QString title;
    QString body;
    if (m_pendingTitles.size() == 1) {
        title = m_pendingTitles.first();
        body
            = m_pendingMessages == 1 ? m_pendingPreview : tr("%n new message(s)", nullptr, m_pendingMessages);
    } else {
        title = tr("%n new message(s)", nullptr, m_pendingMessages);
        const QStringList shown = m_pendingTitles.mid(0, 3);
        body = m_pendingTitles.size() > shown.size()
            ? tr("From %1 and %n more", nullptr, int(m_pendingTitles.size() - shown.size()))
                  .arg(QLocale().createSeparatedList(shown))
            : tr("From %1").arg(QLocale().createSeparatedList(shown));
    }
    m_pendingTitles.clear();
    m_pendingPreview.clear();
    m_pendingMessages = 0;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, body, m_baseIcon, 8000);
    else
        m_notifier->notify(title, body);
    Q_EMIT notified(title, body);
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && m_window->isActiveWindow() && !m_window->isMinimized()) {
        m_window->showMinimized();
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

QIcon TrayIcon::badgedIcon(int count) const
{
    if (count <= 0)
        return m_baseIcon;
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pm = m_baseIcon.pixmap(size, size);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        QFont f = QApplication::font();
        f.setBold(true);
        f.setPixelSize(qMax(7, int(size * (text.size() > 2 ? 0.34 : 0.44))));
        p.setFont(f);
        const qreal d = size * 0.6;
        const QRectF badge(size - d, 0, d, d);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe5, 0x39, 0x35));
        p.drawEllipse(badge);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace tgic::ui
