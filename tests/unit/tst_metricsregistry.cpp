// SPDX-License-Identifier: MIT
// The Prometheus text exposition format as MetricsRegistry writes it, and the per-minute figures
// sync_health keeps.

#include "health/HealthFigures.h"
#include "health/MetricsRegistry.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::health;

class TestMetricsRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countersAndGauges()
    {
        MetricsRegistry m;
        m.define(u"tgic_requests_total"_s, MetricsRegistry::Type::Counter, u"API calls."_s);
        m.define(u"tgic_outbox_depth"_s, MetricsRegistry::Type::Gauge, u"Rows waiting."_s);
        m.add(u"tgic_requests_total"_s, { { u"service"_s, u"telegram"_s }, { u"outcome"_s, u"success"_s } });
        m.add(
            u"tgic_requests_total"_s, { { u"outcome"_s, u"success"_s }, { u"service"_s, u"telegram"_s } }, 2);
        m.add(u"tgic_requests_total"_s,
            { { u"service"_s, u"intercom"_s }, { u"outcome"_s, u"server_error"_s } });
        m.set(u"tgic_outbox_depth"_s, { { u"direction"_s, u"to_intercom"_s } }, 4);
        m.set(u"tgic_outbox_depth"_s, { { u"direction"_s, u"to_intercom"_s } }, 3);
        QCOMPARE(m.value(u"tgic_requests_total"_s,
                     { { u"service"_s, u"telegram"_s }, { u"outcome"_s, u"success"_s } }),
            3.0);
        const QByteArray text = m.exposition();
        QCOMPARE(text,
            QByteArray("# HELP tgic_requests_total API calls.\n"
                       "# TYPE tgic_requests_total counter\n"
                       "tgic_requests_total{outcome=\"server_error\",service=\"intercom\"} 1\n"
                       "tgic_requests_total{outcome=\"success\",service=\"telegram\"} 3\n"
                       "# HELP tgic_outbox_depth Rows waiting.\n"
                       "# TYPE tgic_outbox_depth gauge\n"
                       "tgic_outbox_depth{direction=\"to_intercom\"} 3\n"));
    }

    void histogramBucketsAreCumulative()
    {
        MetricsRegistry m;
        m.define(u"tgic_latency_seconds"_s, MetricsRegistry::Type::Histogram, u"Latency."_s, { 0.5, 1, 5 });
        for (const double v : { 0.2, 0.5, 0.7, 3.0, 40.0 })
            m.observe(u"tgic_latency_seconds"_s, v);
        QCOMPARE(m.exposition(),
            QByteArray("# HELP tgic_latency_seconds Latency.\n"
                       "# TYPE tgic_latency_seconds histogram\n"
                       "tgic_latency_seconds_bucket{le=\"0.5\"} 2\n"
                       "tgic_latency_seconds_bucket{le=\"1\"} 3\n"
                       "tgic_latency_seconds_bucket{le=\"5\"} 4\n"
                       "tgic_latency_seconds_bucket{le=\"+Inf\"} 5\n"
                       "tgic_latency_seconds_sum 44.4\n"
                       "tgic_latency_seconds_count 5\n"));
    }

    void labelValuesAndHelpAreEscaped()
    {
        MetricsRegistry m;
        m.define(u"x_total"_s, MetricsRegistry::Type::Counter, u"a\\b\nc"_s);
        m.add(u"x_total"_s, { { u"l"_s, u"q\"b\\n\nl"_s } });
        QCOMPARE(m.exposition(),
            QByteArray(
                "# HELP x_total a\\\\b\\nc\n# TYPE x_total counter\nx_total{l=\"q\\\"b\\\\n\\nl\"} 1\n"));
    }

    void numbers()
    {
        QCOMPARE(MetricsRegistry::formatNumber(3), QByteArray("3"));
        QCOMPARE(MetricsRegistry::formatNumber(-2), QByteArray("-2"));
        QCOMPARE(MetricsRegistry::formatNumber(0.25), QByteArray("0.25"));
        QCOMPARE(MetricsRegistry::formatNumber(std::numeric_limits<double>::infinity()), QByteArray("+Inf"));
        QCOMPARE(MetricsRegistry::formatNumber(std::numeric_limits<double>::quiet_NaN()), QByteArray("NaN"));
    }

    void percentilesAndFiguresRoundTrip()
    {
        const LatencySummary l = LatencySummary::of({ 900, 100, 300, 200, 500, 400, 700, 600, 800, 10000 });
        QCOMPARE(l.count, 10);
        QCOMPARE(l.p50, 500);
        QCOMPARE(l.p95, 10000);
        HealthFigures f;
        f.minuteAt = minuteOf(1767225687000);
        QCOMPARE(f.minuteAt, 1767225660000);
        f.inbound = 12;
        f.quarantined = 1;
        f.customerToIntercom = l;
        f.toIntercom = { 3, 2, 45 };
        f.events = { { 1767225670000, u"stall"_s, u"Telegram"_s, 45 } };
        f.state = u"leading"_s;
        f.epoch = 4;
        const auto back = HealthFigures::fromJson(f.minuteAt, QJsonDocument(f.toJson()).toJson());
        QVERIFY(back);
        QCOMPARE(back->inbound, 12);
        QCOMPARE(back->customerToIntercom.p95, 10000);
        QCOMPARE(back->toIntercom.oldestAgeSeconds, 45);
        QCOMPARE(back->events.size(), 1);
        QCOMPARE(back->events.first().service, u"Telegram"_s);
        QCOMPARE(back->epoch, 4);
        QVERIFY(!HealthFigures::fromJson(0, "not json"));
    }
};

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metricsregistry.moc"
