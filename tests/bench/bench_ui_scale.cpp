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
#include <QLineEdit>
#include <QListView>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    // Per keystroke: type into the search box as an agent would; each key refilters (SQL, first
    // page), resets the view and repaints. Measured from the key to the end of the repaint.
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
        { u"zzqx"_s, u"no match (scans every chat)"_s },
    };
    QList<double> all;
    for (const Typed &s : searches) {
        search->clear();
        QCoreApplication::processEvents();
        QStringList perKey;
        double worst = 0;
        for (const QChar ch : s.text) {
            QElapsedTimer k;
            k.start();
            QTest::keyClick(search, ch.toLatin1() ? ch.toLatin1() : 'a');
            QCoreApplication::processEvents();
            (void)window.chatListPane()->listView()->grab();
            const double e = ms(k);
            all << e;
            worst = std::max(worst, e);
            perKey << QString::number(e, 'f', 1);
        }
        std::printf("search %-16s %-30s %5d rows  worst key %6.1f ms  [%s]\n",
            qPrintable(u'"' + s.text + u'"'), qPrintable(s.what), window.chatModel()->rowCount(), worst,
            qPrintable(perKey.join(u' ')));
    }
    std::sort(all.begin(), all.end());
    std::printf("per keystroke over %lld keys: median %.1f ms, 90th percentile %.1f ms, worst %.1f ms\n",
        qint64(all.size()), all.at(all.size() / 2), all.at(all.size() * 9 / 10), all.last());

    // Scrolling deep into the list pages it in; opening the longest history shows its last page.
    search->clear();
    QCoreApplication::processEvents();
    QElapsedTimer p;
    p.start();
    int pages = 0;
    while (window.chatModel()->canFetchMore({}) && pages < 50) {
        window.chatModel()->fetchMore({});
        QCoreApplication::processEvents();
        ++pages;
    }
    std::printf("%d further pages of chats: %.1f ms each\n", pages, pages ? ms(p) / pages : 0.0);
    QElapsedTimer o;
    o.start();
    window.selectChat(5000000000LL);
    window.messageModel()->setChatId(5000000000LL);
    QCoreApplication::processEvents();
    std::printf("open the chat with %d messages: %.1f ms (%d rows shown)\n", messages / 10, ms(o),
        window.messageModel()->rowCount());
    return 0;
}
