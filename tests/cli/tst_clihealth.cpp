// SPDX-License-Identifier: MIT
// `tgic-cli sync` as monitoring sees it, the real process against the emulators in this one:
// /metrics parsed (the Prometheus text format) and its figures checked against what happened,
// /healthz and /readyz, and the sd_notify messages it sends to a NOTIFY_SOCKET this test owns
// (READY=1 after the first getUpdates, STATUS=, WATCHDOG=1, STOPPING=1).

#include "sandbox/SandboxScenarios.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tgic::sandbox;

namespace {

//! One exposition, parsed: every sample by its name with labels as written, and what the
//! # HELP / # TYPE lines said. Fails the test on any line that is not the format.
struct Exposition
{
    QMap<QString, QString> types; //!< family → counter|gauge|histogram
    QMap<QString, QString> help;
    QMap<QString, double> samples; //!< "name{labels}" → value
    QStringList problems;

    double value(const QString &sample) const { return samples.value(sample, -1); }

    static Exposition parse(const QByteArray &text)
    {
        Exposition e;
        static const QRegularExpression sampleLine(
            uR"re(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*"(,[a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*")*)?\})? (?<value>\S+)$)re"_s);
        QString family;
        for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u"# HELP "_s)) {
                family = line.section(u' ', 2, 2);
                e.help.insert(family, line.section(u' ', 3));
                continue;
            }
            if (line.startsWith(u"# TYPE "_s)) {
                if (line.section(u' ', 2, 2) != family)
                    e.problems << u"TYPE without its HELP: "_s + line;
                e.types.insert(line.section(u' ', 2, 2), line.section(u' ', 3, 3));
                continue;
            }
            const auto m = sampleLine.match(line);
            if (!m.hasMatch()) {
                e.problems << u"not a sample line: "_s + line;
                continue;
            }
            const QString name = m.captured(1);
            const QString base = e.types.value(family) == u"histogram"_s
                ? QString(name).remove(QRegularExpression(u"_(bucket|sum|count)$"_s))
                : name;
            if (base != family)
                e.problems << u"sample outside its family: "_s + line;
            bool ok = false;
            const QString number = m.captured(u"value"_s);
            const double v = number == u"+Inf"_s ? qInf() : number.toDouble(&ok);
            if (!ok && number != u"+Inf"_s && number != u"NaN"_s)
                e.problems << u"not a number: "_s + line;
            e.samples.insert(line.section(u' ', 0, -2), v);
        }
        for (auto it = e.types.cbegin(); it != e.types.cend(); ++it) {
            if (it.value() == u"counter"_s && !it.key().endsWith(u"_total"_s))
                e.problems << u"counter not ending in _total: "_s + it.key();
            if (!QStringList { u"counter"_s, u"gauge"_s, u"histogram"_s }.contains(it.value()))
                e.problems << u"unknown type: "_s + it.key();
        }
        return e;
    }

    //! A histogram's buckets are cumulative, end in +Inf, and +Inf equals _count.
    QString histogramProblem(const QString &name) const
    {
        // The samples are ordered by their text: read the buckets in the order of their bounds.
        QList<std::pair<double, double>> buckets;
        static const QRegularExpression le(uR"re(le="([^"]+)")re"_s);
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            if (!it.key().startsWith(name + u"_bucket{"_s))
                continue;
            const QString bound = le.match(it.key()).captured(1);
            buckets.append({ bound == u"+Inf"_s ? qInf() : bound.toDouble(), it.value() });
        }
        std::sort(buckets.begin(), buckets.end());
        if (buckets.isEmpty() || !qIsInf(buckets.last().first))
            return name + u": no le=\"+Inf\" bucket"_s;
        double previous = 0;
        for (const auto &[bound, count] : std::as_const(buckets)) {
            if (count < previous)
                return u"%1: bucket le=%2 is below the one before"_s.arg(name).arg(bound);
            previous = count;
        }
        if (previous != samples.value(name + u"_count"_s, -1))
            return name + u": the +Inf bucket differs from _count"_s;
        if (!samples.contains(name + u"_sum"_s))
            return name + u": no _sum"_s;
        return {};
    }
};

//! A datagram socket the test owns, standing in for systemd's NOTIFY_SOCKET.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = path.toLocal8Bit();
        std::memcpy(address.sun_path, bytes.constData(), size_t(std::min<qsizetype>(bytes.size(), 100)));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { drain(); });
    }
    ~NotifySocket()
    {
        m_notifier.reset();
        ::close(m_fd);
        ::unlink(m_path.toLocal8Bit().constData());
    }
    bool isBound() const { return m_bound; }
    //! Every message received so far, one per datagram (fields separated by newlines).
    QStringList messages() const { return m_messages; }
    int count(const QString &field) const
    {
        int n = 0;
        for (const QString &m : m_messages)
            n += m.split(u'\n').contains(field) ? 1 : 0;
        return n;
    }

private:
    void drain()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (n <= 0)
                return;
            m_messages << QString::fromUtf8(buffer, qsizetype(n));
        }
    }

    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QStringList m_messages;
};

} // namespace

class TestCliHealth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"NOTIFY_SOCKET"_s);
        env.remove(u"WATCHDOG_USEC"_s);
        env.remove(u"WATCHDOG_PID"_s);
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"TGIC_TELEGRAM_TOKEN"_s, SandboxWorld::telegramToken());
        env.insert(u"TGIC_INTERCOM_TOKEN"_s, SandboxWorld::intercomToken());
        return env;
    }

    QStringList syncArgs(SandboxWorld &world, const QString &db) const
    {
        return { u"--db"_s, m_dir.filePath(db), u"--telegram-api-url"_s,
            world.telegram().baseUrl().toString(), u"--intercom-api-url"_s,
            world.intercom().baseUrl().toString(), u"sync"_s };
    }

    //! GET, while this process's event loop keeps serving the emulators: status and body.
    std::pair<int, QByteArray> get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    }

    static void stop(QProcess &process)
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 15000)) {
            process.kill();
            process.waitForFinished();
        }
    }

private Q_SLOTS:
    void metricsMatchWhatHappened()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(QStringLiteral(TGIC_CLI_PATH),
            syncArgs(world, u"metrics.sqlite3"_s) + QStringList { u"--metrics"_s, u"127.0.0.1:0"_s });
        QVERIFY(cli.waitForStarted());
        QString err;
        QUrl base;
        static const QRegularExpression announced(u"metrics on (http://127\\.0\\.0\\.1:\\d+)/metrics"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += QString::fromUtf8(cli.readAllStandardError());
                const auto m = announced.match(err);
                if (m.hasMatch())
                    base = QUrl(m.captured(1));
                return base.isValid() || cli.state() == QProcess::NotRunning;
            },
            20000));
        QVERIFY2(base.isValid(), qPrintable(err));

        // What happens: three customers write four messages, a bot writes, one update is
        // malformed, one poll is answered 429, an agent replies once.
        const TelegramUser a { 6200000001, u"Ann"_s, {}, {}, false, u"en"_s, false };
        const TelegramUser b { 6200000002, u"Ben"_s, {}, {}, false, u"en"_s, false };
        const TelegramUser c { 6200000003, u"Cy"_s, {}, {}, false, u"en"_s, false };
        const TelegramUser bot { 6200000009, u"Other bot"_s, {}, u"other_bot"_s, true, {}, false };
        QVERIFY(QTest::qWaitFor([&] { return world.telegram().hasParkedPoll(); }, 20000));
        world.telegram().failNext(u"getUpdates"_s, 1, 429, u"Too Many Requests: retry after 1"_s, 1);
        world.telegram().pushMessage(a, u"one"_s);
        world.telegram().pushMessage(b, u"two"_s);
        world.telegram().pushMessage(c, u"three"_s);
        world.telegram().pushMessage(a, u"four"_s);
        world.telegram().pushMessage(bot, u"beep"_s);
        world.telegram().pushRawUpdate(QJsonObject { { u"message"_s, u"not an object"_s } });
        auto contactOf = [&world](qint64 id) {
            const auto found
                = world.intercom().contactsWithAttribute(u"telegram_user_id"_s, QString::number(id));
            return found.isEmpty() ? QString() : found.first().value(u"id"_s).toString();
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !contactOf(a.id).isEmpty()
                    && world.intercom().receivedFrom(contactOf(a.id)).size() == 2
                    && !contactOf(b.id).isEmpty() && !contactOf(c.id).isEmpty()
                    && !world.intercom().receivedFrom(contactOf(c.id)).isEmpty();
            },
            30000));
        const QString conversation
            = world.intercom().conversationsOf(contactOf(b.id)).first().value(u"id"_s).toString();
        world.intercom().adminReply(conversation, u"<p>Hello Ben</p>"_s);
        QVERIFY(QTest::qWaitFor([&] { return !world.telegram().sentMessages(b.id).isEmpty(); }, 30000));

        // The figures. The outbox counts are read at each scrape, the rest as it happens.
        Exposition e;
        QByteArray last;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const auto [status, body] = get(base.resolved(QUrl(u"/metrics"_s)));
                         last.clear();
                         for (const QByteArray &line : body.split('\n'))
                             if (line.contains("_count"))
                                 last += line + '\n';
                         e = Exposition::parse(body);
                         return status == 200 && e.value(u"tgic_reply_to_telegram_seconds_count"_s) == 1
                             && e.value(u"tgic_outbox_depth{direction=\"to_intercom\"}"_s) == 0;
                     },
                     20000),
            last.constData());
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(u'\n')));
        for (const QString &family : { u"tgic_updates_ingested_total"_s, u"tgic_updates_ignored_total"_s,
                 u"tgic_updates_quarantined_total"_s, u"tgic_outbox_depth"_s,
                 u"tgic_outbox_oldest_age_seconds"_s, u"tgic_requests_total"_s, u"tgic_rate_limited_total"_s,
                 u"tgic_leader"_s, u"tgic_leader_epoch"_s, u"tgic_leader_failovers_total"_s,
                 u"tgic_seconds_since_last_poll"_s, u"tgic_stalls_total"_s,
                 u"tgic_customer_to_intercom_seconds"_s, u"tgic_reply_to_telegram_seconds"_s }) {
            QVERIFY2(e.types.contains(family), qPrintable(family));
            QVERIFY2(!e.help.value(family).isEmpty(), qPrintable(family));
        }
        QCOMPARE(e.types.value(u"tgic_customer_to_intercom_seconds"_s), u"histogram"_s);
        QCOMPARE(e.types.value(u"tgic_outbox_depth"_s), u"gauge"_s);
        for (const QString &h :
            { u"tgic_customer_to_intercom_seconds"_s, u"tgic_reply_to_telegram_seconds"_s }) {
            const QString problem = e.histogramProblem(h);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(e.value(u"tgic_updates_ingested_total"_s), 4.0);
        QCOMPARE(e.value(u"tgic_updates_ignored_total{reason=\"from_bot\"}"_s), 1.0);
        QCOMPARE(e.value(u"tgic_updates_quarantined_total"_s), 1.0);
        QCOMPARE(e.value(u"tgic_customer_to_intercom_seconds_count"_s), 4.0);
        QCOMPARE(e.value(u"tgic_reply_to_telegram_seconds_count"_s), 1.0);
        QCOMPARE(e.value(u"tgic_rate_limited_total{service=\"telegram\"}"_s), 1.0);
        QCOMPARE(e.value(u"tgic_rate_limited_total{service=\"intercom\"}"_s), 0.0);
        QCOMPARE(e.value(u"tgic_stalls_total{service=\"telegram\"}"_s), 0.0);
        QCOMPARE(e.value(u"tgic_leader"_s), 1.0);
        QCOMPARE(e.value(u"tgic_outbox_depth{direction=\"to_telegram\"}"_s), 0.0);
        QCOMPARE(e.value(u"tgic_outbox_oldest_age_seconds{direction=\"to_intercom\"}"_s), 0.0);
        // Intercom answered every call the sync made (the reply poller may have one in flight).
        double intercomCalls = 0;
        for (auto it = e.samples.cbegin(); it != e.samples.cend(); ++it)
            if (it.key().startsWith(u"tgic_requests_total{"_s)
                && it.key().contains(u"service=\"intercom\""_s))
                intercomCalls += it.value();
        QCOMPARE(intercomCalls, e.value(u"tgic_requests_total{outcome=\"success\",service=\"intercom\"}"_s));
        QVERIFY(intercomCalls >= 4 && intercomCalls <= world.intercom().requestCount());
        QVERIFY(e.value(u"tgic_requests_total{outcome=\"success\",service=\"telegram\"}"_s) >= 3);
        QVERIFY(e.value(u"tgic_seconds_since_last_poll"_s) >= 0);
        QVERIFY(e.value(u"tgic_seconds_since_last_poll"_s) < 60);

        const auto [healthStatus, health] = get(base.resolved(QUrl(u"/healthz"_s)));
        QCOMPARE(healthStatus, 200);
        QVERIFY2(health.startsWith("ok"), health.constData());
        const auto [readyStatus, ready] = get(base.resolved(QUrl(u"/readyz"_s)));
        QCOMPARE(readyStatus, 200);
        QCOMPARE(ready, QByteArray("ready: leading\n"));
        QCOMPARE(get(base.resolved(QUrl(u"/nothing"_s))).first, 404);

        stop(cli);
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
    }

    void notifiesSystemd()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        NotifySocket socket(m_dir.filePath(u"notify.sock"_s));
        QVERIFY(socket.isBound());
        QProcessEnvironment env = environment();
        env.insert(u"NOTIFY_SOCKET"_s, m_dir.filePath(u"notify.sock"_s));
        env.insert(u"WATCHDOG_USEC"_s, u"400000"_s); // a ping every 0.2 s
        // Telegram is slow to answer the first poll: READY=1 must wait for it.
        world.telegram().failNext(u"getUpdates"_s, 1, 502, u"Bad Gateway"_s);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TGIC_CLI_PATH), syncArgs(world, u"notify.sqlite3"_s));
        QVERIFY(cli.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return socket.count(u"READY=1"_s) == 1; }, 20000),
            qPrintable(socket.messages().join(u" | "_s)));
        // READY=1 came after a getUpdates was answered: the failed one and a good one.
        QVERIFY(world.telegram().requestCount(u"getUpdates"_s) >= 2);
        const QStringList sent = socket.messages();
        const auto ready = std::find_if(
            sent.cbegin(), sent.cend(), [](const QString &m) { return m.startsWith(u"READY=1"_s); });
        QVERIFY(ready != sent.cend());
        QCOMPARE(*ready, u"READY=1\nSTATUS=leading, 0 chats waiting"_s);
        QVERIFY(QTest::qWaitFor([&] { return socket.count(u"WATCHDOG=1"_s) >= 3; }, 10000));
        QCOMPARE(socket.count(u"STOPPING=1"_s), 0);
        stop(cli);
        QCOMPARE(cli.exitCode(), 0);
        QTRY_COMPARE(socket.count(u"STOPPING=1"_s), 1);
        // Nothing after STOPPING=1 feeds the watchdog.
        const QStringList all = socket.messages();
        QVERIFY(!all.mid(all.indexOf(u"STOPPING=1"_s) + 1).contains(u"WATCHDOG=1"_s));
    }

    void badMetricsAddresses()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        for (const QString &address :
            { u"nowhere"_s, u"127.0.0.1:99999"_s, u"example.org:9464"_s, u"[::1"_s }) {
            QProcess cli;
            cli.setProcessEnvironment(environment());
            cli.start(QStringLiteral(TGIC_CLI_PATH),
                syncArgs(world, u"bad.sqlite3"_s) + QStringList { u"--metrics"_s, address });
            QVERIFY(cli.waitForFinished(20000));
            QCOMPARE(cli.exitCode(), 2);
            QVERIFY2(cli.readAllStandardError().contains("--metrics"), qPrintable(address));
        }
        // A port already taken: a runtime failure, said plainly.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(QStringLiteral(TGIC_CLI_PATH),
            syncArgs(world, u"taken.sqlite3"_s)
                + QStringList { u"--metrics"_s, QString::number(taken.serverPort()) });
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().contains("cannot listen"));
    }
};

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_clihealth.moc"
