// SPDX-License-Identifier: MIT
// Scale benchmark for the desktop app: a cache of 100,000 chats and 1,000,000 messages,
// generated with SQL, then the time until the main window is usable and the time each search
// keystroke takes to refilter and repaint. Prints figures; asserts nothing about time.
//
//   bench_ui_scale                       # 100k chats, 1M messages (about a minute in all)
//   bench_ui_scale --chats N --messages M
//   bench_ui_scale --quick               # 2k / 20k: what CTest runs, to keep the code working

#include "ChatListModel.h"
#include "ChatListPane.h"
#include "MainWindow.h"
#include "MessageModel.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QListView>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

const QStringList kFirst = { u"Alex"_s, u"Sam"_s, u"Mei"_s, u"Dmitri"_s, u"Olga"_s, u"Jonas"_s, u"Priya"_s,
    u"Lucas"_s, u"Amara"_s, u"Kenji"_s, u"Sofia"_s, u"Omar"_s, u"Elena"_s, u"Tomás"_s, u"Aiko"_s, u"Noah"_s };
const QStringList kLast = { u"Morgan"_s, u"Lin"_s, u"Ivanov"_s, u"Schmidt"_s, u"Patel"_s, u"Silva"_s,
    u"Okafor"_s, u"Tanaka"_s, u"Rossi"_s, u"Haddad"_s, u"Novak"_s, u"García"_s, u"Berg"_s, u"Kowalski"_s };

bool run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    std::fprintf(stderr, "insert failed: %s\n", qPrintable(q.lastError().text()));
    return false;
}

bool generate(store::Database &db, int chats, int messages)
{
    std::mt19937 rng(42);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QSqlDatabase c = db.connection();
    QSqlQuery(c).exec(u"PRAGMA synchronous=OFF"_s);
    if (!db.transaction())
        return false;
    QSqlQuery user(c), chat(c), contact(c), mapping(c), message(c);
    user.prepare(
        u"INSERT INTO telegram_users (telegram_user_id, first_name, last_name, username, first_seen_at,"
        " last_seen_at, profile_date) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    chat.prepare(u"INSERT INTO chats (chat_id, type, title, username, telegram_user_id, last_message_at,"
                 " last_message_preview, unread_count) VALUES (?, 'private', ?, ?, ?, ?, ?, ?)"_s);
    contact.prepare(u"INSERT INTO contacts (intercom_contact_id, role, name, email, anchor, fetched_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)"_s);
    mapping.prepare(u"INSERT INTO mappings (telegram_user_id, intercom_contact_id, state, updated_at)"
                    " VALUES (?, ?, ?, ?)"_s);
    message.prepare(u"INSERT INTO messages (chat_id, telegram_message_id, sender_id, direction, kind, text,"
                    " sent_at, delivery) VALUES (?, ?, ?, 'in', 'text', ?, ?, 'delivered')"_s);
    const QVariant nullText(QMetaType(QMetaType::QString));
    QList<qint64> lastAt(chats);
    for (int i = 0; i < chats; ++i) {
        const qint64 id = 5000000000LL + qint64(i) * 7919;
        const QString first = kFirst.at(i % kFirst.size());
        const QString last = kLast.at((i / kFirst.size()) % kLast.size());
        const QString username = i % 3 == 0 ? QVariant(nullText).toString()
                                            : u"%1_%2%3"_s.arg(first.toLower(), last.toLower()).arg(i);
        lastAt[i] = now - qint64(rng() % (90LL * 24 * 3600)) * 1000;
        const QString title = first + u' ' + last;
        if (!run(user,
                { id, first, last, username.isEmpty() ? nullText : QVariant(username), lastAt[i], lastAt[i],
                    lastAt[i] })
            || !run(chat,
                { id, title, username.isEmpty() ? nullText : QVariant(username), id, lastAt[i],
                    u"Message %1 about order #%2"_s.arg(i).arg(rng() % 100000), int(rng() % 4) }))
            return false;
        // Four in five are linked to a contact with an email.
        if (i % 5 != 4) {
            const QString cid = u"c%1"_s.arg(i, 8, 16, QLatin1Char('0'));
            if (!run(contact,
                    { cid, i % 2 ? u"lead"_s : u"user"_s, title,
                        u"%1.%2.%3@example.com"_s.arg(first.toLower(), last.toLower()).arg(i),
                        QString::number(id), now })
                || !run(mapping, { id, cid, u"linked"_s, now }))
                return false;
        } else if (!run(mapping, { id, QVariant(nullText), u"pending"_s, now })) {
            return false;
        }
    }
    // Messages: one long history (chat 0, a tenth of them), the rest spread evenly.
    const int longHistory = messages / 10;
    for (int m = 0; m < messages; ++m) {
        const int i = m < longHistory ? 0 : int(rng() % chats);
        const qint64 id = 5000000000LL + qint64(i) * 7919;
        const qint64 at = lastAt[i] - qint64(messages - m) * 1000;
        if (!run(message,
                { id, m + 1, id, u"Customer message number %1, with some text to show"_s.arg(m), at }))
            return false;
    }
    return db.commit();
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The chat list's search as it was before the in-memory index: every term as five LIKEs over
// the two joins, newest first, the first page. Kept here to measure "before" on the same cache.
int likeSearchRows(store::Database &db, const QString &text)
{
    QStringList clauses;
    QVariantList binds;
    for (QString term : text.split(u' ', Qt::SkipEmptyParts)) {
        const bool at = term.startsWith(u'@');
        if (at)
            term = term.mid(1);
        term.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        const QString pattern = u'%' + term + u'%';
        if (at) {
            clauses << u"c.username LIKE ? ESCAPE '\\'"_s;
            binds << pattern;
            continue;
        }
        QString clause = u"(c.title LIKE ? ESCAPE '\\' OR c.username LIKE ? ESCAPE '\\'"
                         " OR k.name LIKE ? ESCAPE '\\' OR k.email LIKE ? ESCAPE '\\'"_s;
        binds << pattern << pattern << pattern << pattern;
        if (std::all_of(term.cbegin(), term.cend(), [](QChar c) { return c.isDigit(); })) {
            clause += u" OR CAST(c.telegram_user_id AS TEXT) LIKE ?"_s;
            binds << QString(term + u'%');
        }
        clauses << clause + u')';
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.chat_id, c.title, m.state, k.name, k.email FROM chats c"
              " LEFT JOIN mappings m ON m.telegram_user_id = c.telegram_user_id"
              " LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id WHERE "_s
        + clauses.join(u" AND "_s) + u" ORDER BY c.last_message_at DESC, c.chat_id DESC LIMIT 200"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    int rows = 0;
    if (q.exec())
        while (q.next())
            ++rows;
    return rows;
}

// One page after the last loaded row with the keyset condition as it was written before.
double orKeysetPageMs(store::Database &db, models::ChatListModel *model)
{
    const int last = model->rowCount() - 1;
    const QModelIndex i = model->index(last);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.chat_id, c.title, m.state, k.name, k.email FROM chats c"
              " LEFT JOIN mappings m ON m.telegram_user_id = c.telegram_user_id"
              " LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id"
              " WHERE 1 = 1 AND (c.last_message_at < ? OR (c.last_message_at = ? AND c.chat_id < ?))"
              " ORDER BY c.last_message_at DESC, c.chat_id DESC LIMIT 200"_s);
    const qint64 at = i.data(models::ChatListModel::LastActivityMsRole).toLongLong();
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(i.data(models::ChatListModel::ChatIdRole).toLongLong());
    QElapsedTimer t;
    t.start();
    if (q.exec())
        while (q.next()) { }
    return ms(t);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer process;
    process.start();
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption chatsOpt(u"chats"_s, u"Number of chats."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption messagesOpt(u"messages"_s, u"Number of messages."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption quickOpt(u"quick"_s, u"A small cache, for CTest."_s);
    const QCommandLineOption dbOpt(
        u"db"_s, u"Keep the generated cache here (reused if it exists)."_s, u"path"_s);
    parser.addOptions({ chatsOpt, messagesOpt, quickOpt, dbOpt });
    parser.process(app);
    const bool quick = parser.isSet(quickOpt);
    const int chats = quick ? 2000 : parser.value(chatsOpt).toInt();
    const int messages = quick ? 20000 : parser.value(messagesOpt).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt) : dir.filePath(u"scale.sqlite3"_s);
    const bool reuse = QFile::exists(path);
    const double qtStartup = ms(process);
    {
        store::Database db;
        if (!db.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        if (!reuse) {
            QElapsedTimer t;
            t.start();
            if (!generate(db, chats, messages))
                return 1;
            std::printf("generated %d chats and %d messages in %.1f s\n", chats, messages, ms(t) / 1000);
        }
    }

    // Time to a usable window: open the cache, build the window with its models, show it and
    // let it paint the first page. (Process start to here is Qt start-up; reported separately.)
    std::printf("Qt start-up (QApplication, before the cache is opened): %.0f ms\n", qtStartup);
    QElapsedTimer t;
    t.start();
    store::Database db;
    if (!db.open(path))
        return 1;
    const double opened = ms(t);
    ui::MainWindow window(db);
    window.resize(1360, 820);
    const double built = ms(t);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    (void)window.grab(); // forces a complete paint of every visible row
    const double usable = ms(t);
    std::printf("time to usable window: %.0f ms (open cache %.0f, build window and first page %.0f, show and"
                " paint %.0f)\n",
        usable, opened, built - opened, usable - built);
    std::printf("rows loaded: %d of %d\n", window.chatModel()->rowCount(), chats);

    // The search index is read on a worker thread just after the window is up; an agent's
    // first keystroke usually comes later than that. (A keystroke before it completes the index
    // at once; that case is measured below too.)
    // Meanwhile the GUI thread must stay free: a 5 ms timer measures its longest pause.
    QElapsedTimer idx;
    idx.start();
    double longestPause = 0;
    {
        QElapsedTimer tick;
        tick.start();
        QTimer heartbeat;
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            longestPause = std::max(longestPause, ms(tick));
            tick.restart();
        });
        heartbeat.start(5);
        QEventLoop loop;
        QObject::connect(
            window.chatModel(), &models::ChatListModel::searchIndexReady, &loop, &QEventLoop::quit);
        if (!window.chatModel()->isSearchIndexReady())
            loop.exec();
    }
    std::printf(
        "search index ready %.0f ms after the window was usable (read on a worker thread, 150 ms after"
        " the first page); longest GUI-thread pause meanwhile %.1f ms\n",
        ms(idx), longestPause);

    // Per keystroke: type into the search box as an agent would; each key refilters (the index,
    // then SQL for the page), resets the view and repaints. From the key to the end of the repaint.
    QLineEdit *search = window.chatListPane()->searchField();
    struct Typed
    {
        QString text;
        QString what;
    };
    const QList<Typed> searches = {
        { u"olga"_s, u"a name (common)"_s },
        { u"@sofia_b"_s, u"a username"_s },
        { u"5000"_s, u"a Telegram ID prefix"_s },
        { u"tanaka.12"_s, u"a contact email"_s },
        { u"GARCÍA"_s, u"non-ASCII, other case"_s },
        { u"1234567"_s, u"last digits of an ID (rare)"_s },
        { u"okafor.99989@"_s, u"a full email (rare)"_s },
        { u"zzqx"_s, u"no match"_s },
    };
    QList<double> all, firsts, lasts;
    for (const Typed &s : searches) {
        search->clear();
        QCoreApplication::processEvents();
        QStringList perKey;
        double worst = 0;
        double lastKey = 0;
        for (const QChar ch : s.text) {
            QElapsedTimer k;
            k.start();
            QTest::keyClicks(search, QString(ch));
            QCoreApplication::processEvents();
            (void)window.chatListPane()->listView()->grab();
            const double e = ms(k);
            all << e;
            if (perKey.isEmpty())
                firsts << e;
            worst = std::max(worst, e);
            lastKey = e;
            perKey << QString::number(e, 'f', 1);
        }
        lasts << lastKey;
        std::printf("search %-16s %-30s %5d rows  worst key %6.1f ms  [%s]\n",
            qPrintable(u'"' + s.text + u'"'), qPrintable(s.what), window.chatModel()->rowCount(), worst,
            qPrintable(perKey.join(u' ')));
    }
    auto summary = [](const char *label, QList<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("%-28s n=%2lld  median %6.1f ms  90th percentile %6.1f ms  worst %6.1f ms\n", label,
            qint64(v.size()), v.at(v.size() / 2), v.at(qMin(v.size() - 1, v.size() * 9 / 10)), v.last());
    };
    summary("every keystroke", all);
    summary("first key of each search", firsts);
    summary("last key of each search", lasts);

    // For comparison on the same machine and cache: the SQL the search used before the index
    // (five LIKEs over two joins, first page), timed alone without the view.
    for (const Typed &s : searches) {
        QElapsedTimer q;
        q.start();
        const int rows = likeSearchRows(db, s.text);
        std::printf(
            "  before (SQL LIKE) %-16s %5d rows %8.1f ms\n", qPrintable(u'"' + s.text + u'"'), rows, ms(q));
    }

    // Scrolling deep into the unfiltered list pages it in, 200 rows a page.
    search->clear();
    QCoreApplication::processEvents();
    QList<double> pageTimes;
    while (window.chatModel()->canFetchMore({}) && pageTimes.size() < 50) {
        QElapsedTimer p;
        p.start();
        window.chatModel()->fetchMore({});
        QCoreApplication::processEvents();
        pageTimes << ms(p);
    }
    if (!pageTimes.isEmpty()) {
        const QList<double> sorted = [&] {
            QList<double> v = pageTimes;
            std::sort(v.begin(), v.end());
            return v;
        }();
        std::printf("%lld further pages of chats (to row %d): median %.1f ms, worst %.1f ms\n",
            qint64(pageTimes.size()), window.chatModel()->rowCount(), sorted.at(sorted.size() / 2),
            sorted.last());
        std::printf("  before (keyset written as a bare OR), page at row %d: %.1f ms\n",
            window.chatModel()->rowCount(), orKeysetPageMs(db, window.chatModel()));
    }

    // A keystroke that arrives before the index is complete finishes it at once.
    {
        ui::MainWindow fresh(db);
        QElapsedTimer k;
        k.start();
        fresh.chatModel()->setFilterText(u"zzqx"_s);
        std::printf("search before the index is ready (completes it synchronously): %.0f ms\n", ms(k));
    }
    QElapsedTimer o;
    o.start();
    window.selectChat(5000000000LL);
    window.messageModel()->setChatId(5000000000LL);
    QCoreApplication::processEvents();
    std::printf("open the chat with %d messages: %.1f ms (%d rows shown)\n", messages / 10, ms(o),
        window.messageModel()->rowCount());
    return 0;
}
