// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ChatListModel.h"
#include "ChatListPane.h"
#include "ContactDetails.h"
#include "ContactPanel.h"
#include "ConversationView.h"
#include "LogFile.h"
#include "Look.h"
#include "MessageModel.h"
#include "ModelReader.h"
#include "SyncHealthModel.h"
#include "SyncHealthWindow.h"
#include "SyncStatus.h"
#include "SyncStatusBar.h"
#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QKeySequence>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tgic::ui {

MainWindow::MainWindow(store::Database &db, models::ModelReader *reader, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_reader(reader ? reader : new models::ModelReader(db, this))
    , m_chats(new models::ChatListModel(*m_reader, this))
    , m_messages(new models::MessageModel(*m_reader, this))
    , m_contact(new models::ContactDetails(*m_reader, this))
    , m_status(new models::SyncStatus(*m_reader, this))
    , m_chatPane(new ChatListPane(m_chats, this))
    , m_conversation(new ConversationView(m_messages, this))
    , m_contactPanel(new ContactPanel(m_contact, this))
    , m_statusBar(new SyncStatusBar(m_status, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"mainWindow"_s);
    // Qt appends the application's display name to window titles that do not end with it.
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(look::appIcon());
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_chatPane);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_contactPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    const int line = fontMetrics().height();
    m_splitter->setSizes({ line * 22, line * 32, line * 26 });
    setCentralWidget(m_splitter);
    setStatusBar(m_statusBar);
    createMenus();
    createTrayIcon();
    createMappingActions();

    connect(m_chatPane, &ChatListPane::currentChatChanged, this, &MainWindow::onCurrentChatChanged);
    connect(m_contact, &models::ContactDetails::changed, this, &MainWindow::updateHeader);
    connect(m_status, &models::SyncStatus::intercomAppIdLearnt, this, [this](const QString &appId) {
        m_contact->setIntercomAppId(appId);
        Q_EMIT intercomAppIdLearnt(appId);
    });
    connect(m_status, &models::SyncStatus::databaseReachableChanged, this,
        &MainWindow::updateMappingActionsAvailable);
    resize(line * 78, line * 46);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *find = file->addAction(tr("&Find Chat"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_chatPane, &ChatListPane::focusSearch);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    if (m_status->isTeam()) {
        QAction *import = file->addAction(tr("&Import a Single-Seat Cache…"));
        import->setObjectName(u"importCache"_s);
        import->setToolTip(tr("Copy this workstation's own cache (mappings, history, queued messages, audit) "
                              "into the team database; safe to repeat"));
        connect(import, &QAction::triggered, this, &MainWindow::importRequested);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *next = view->addAction(tr("&Next Chat"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [this] {
        QListView *list = m_chatPane->listView();
        const int row = list->currentIndex().isValid() ? list->currentIndex().row() + 1 : 0;
        if (row < m_chats->rowCount())
            list->setCurrentIndex(m_chats->index(row));
    });
    QAction *previous = view->addAction(tr("&Previous Chat"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, [this] {
        QListView *list = m_chatPane->listView();
        const int row = list->currentIndex().row() - 1;
        if (row >= 0)
            list->setCurrentIndex(m_chats->index(row));
    });

    view->addSeparator();
    m_syncHealthAction = view->addAction(tr("Sync &Health"));
    m_syncHealthAction->setObjectName(u"openSyncHealth"_s);
    m_syncHealthAction->setToolTip(
        tr("The last hour of the sync as plots: messages in, how long they take to "
           "reach Intercom and Telegram, the outboxes, stalls and quarantines"));
    connect(m_syncHealthAction, &QAction::triggered, this, &MainWindow::openSyncHealth);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *logs = help->addAction(tr("Open &Log Folder"));
    logs->setObjectName(u"openLogFolder"_s);
    connect(logs, &QAction::triggered, this, &MainWindow::openLogFolder);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::openSyncHealth()
{
    if (!m_healthView) {
        // The model reads only while its window is shown; it goes with the window.
        auto *model = new models::SyncHealthModel(m_db);
        m_healthView = new SyncHealthWindow(model, this);
        model->setParent(m_healthView);
    }
    m_healthView->show();
    m_healthView->raise();
    m_healthView->activateWindow();
}

SyncHealthWindow *MainWindow::syncHealthWindow() const
{
    return m_healthView;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createTrayIcon()
{
    m_tray = new TrayIcon(*m_reader, this);
}

void MainWindow::applyDesktopSettings()
{
    m_tray->applySettings();
}

void MainWindow::openLogFolder()
{
    const QString dir = LogFile::directory();
    QDir().mkpath(dir);
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

void MainWindow::setSyncEngine(sync::SyncEngine *engine)
{
    m_status->setEngine(engine);
}

void MainWindow::setElection(team::LeaderElection *election)
{
    m_status->setElection(election);
}

void MainWindow::setSandbox(bool sandbox)
{
    m_statusBar->setSandbox(sandbox);
    // "Sandbox — Telegram ⇄ Intercom": Qt adds the display name itself, so it is not repeated.
    setWindowTitle(sandbox ? tr("Sandbox") : QApplication::applicationDisplayName());
}

void MainWindow::setIntercomAppId(const QString &appId)
{
    m_contact->setIntercomAppId(appId);
}

void MainWindow::selectChat(qint64 chatId)
{
    m_chatPane->selectChat(chatId);
}

void MainWindow::onCurrentChatChanged(qint64 chatId)
{
    m_messages->setChatId(chatId);
    m_contact->setChatId(chatId);
    m_chats->markRead(chatId);
    updateHeader();
}

void MainWindow::updateHeader()
{
    const models::ContactSnapshot &s = m_contact->snapshot();
    const int row = m_chats->rowOfChat(s.chatId);
    if (s.chatId == 0) {
        m_conversation->setHeader(tr("No chat selected"), {});
        return;
    }
    const QString title = row >= 0
        ? m_chats->data(m_chats->index(row), models::ChatListModel::TitleRole).toString()
        : s.displayName;
    QStringList parts;
    if (!s.username.isEmpty())
        parts << u'@' + s.username;
    if (s.telegramUserId)
        parts << tr("Telegram ID %1").arg(s.telegramUserId);
    if (!s.name.isEmpty() && s.name != title)
        parts << tr("Intercom: %1").arg(s.name);
    m_conversation->setHeader(title.isEmpty() ? s.displayName : title, parts.join(u"  ·  "_s));
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
}

} // namespace tgic::ui
