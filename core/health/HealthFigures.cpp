// SPDX-License-Identifier: MIT
#include "HealthFigures.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::health {

namespace {

qint64 nearestRank(const QList<qint64> &sorted, double percentile)
{
    const auto rank = qsizetype(std::ceil(percentile / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QJsonObject latencyJson(const LatencySummary &l)
{
    return { { u"n"_s, l.count }, { u"p50"_s, double(l.p50) }, { u"p95"_s, double(l.p95) } };
}

LatencySummary latencyFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return { o.value(u"n"_s).toInt(), o.value(u"p50"_s).toInteger(), o.value(u"p95"_s).toInteger() };
}

QJsonObject backlogJson(const BacklogFigure &b)
{
    return { { u"depth"_s, b.depth }, { u"chats"_s, b.chats }, { u"age_s"_s, b.oldestAgeSeconds } };
}

BacklogFigure backlogFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return { o.value(u"depth"_s).toInt(), o.value(u"chats"_s).toInt(), o.value(u"age_s"_s).toInt() };
}

} // namespace

LatencySummary LatencySummary::of(QList<qint64> latencies)
{
    if (latencies.isEmpty())
        return {};
    std::sort(latencies.begin(), latencies.end());
    return { int(latencies.size()), nearestRank(latencies, 50), nearestRank(latencies, 95) };
}

QJsonObject HealthFigures::toJson() const
{
    QJsonArray marks;
    for (const HealthEvent &e : events) {
        QJsonObject mark { { u"at"_s, double(e.at) }, { u"what"_s, e.what } };
        if (!e.service.isEmpty())
            mark.insert(u"service"_s, e.service);
        if (e.seconds > 0)
            mark.insert(u"s"_s, e.seconds);
        marks.append(mark);
    }
    return { { u"inbound"_s, inbound }, { u"quarantined"_s, quarantined }, { u"repaired"_s, textRepaired },
        { u"c2i"_s, latencyJson(customerToIntercom) }, { u"r2t"_s, latencyJson(replyToTelegram) },
        { u"to_intercom"_s, backlogJson(toIntercom) }, { u"to_telegram"_s, backlogJson(toTelegram) },
        { u"events"_s, marks }, { u"state"_s, state }, { u"epoch"_s, double(epoch) },
        { u"healthy"_s, healthy }, { u"poll_age_s"_s, pollAgeSeconds },
        { u"interval_s"_s, writeIntervalSeconds } };
}

std::optional<HealthFigures> HealthFigures::fromJson(qint64 minuteAt, const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    HealthFigures f;
    f.minuteAt = minuteAt;
    f.inbound = o.value(u"inbound"_s).toInt();
    f.quarantined = o.value(u"quarantined"_s).toInt();
    f.textRepaired = o.value(u"repaired"_s).toInt();
    f.customerToIntercom = latencyFrom(o.value(u"c2i"_s));
    f.replyToTelegram = latencyFrom(o.value(u"r2t"_s));
    f.toIntercom = backlogFrom(o.value(u"to_intercom"_s));
    f.toTelegram = backlogFrom(o.value(u"to_telegram"_s));
    for (const QJsonValue v : o.value(u"events"_s).toArray()) {
        const QJsonObject e = v.toObject();
        f.events.append({ e.value(u"at"_s).toInteger(), e.value(u"what"_s).toString(),
            e.value(u"service"_s).toString(), e.value(u"s"_s).toInt() });
    }
    f.state = o.value(u"state"_s).toString();
    f.epoch = o.value(u"epoch"_s).toInteger();
    f.healthy = o.value(u"healthy"_s).toBool(true);
    f.pollAgeSeconds = o.value(u"poll_age_s"_s).toInt(-1);
    f.writeIntervalSeconds = o.value(u"interval_s"_s).toInt(15);
    return f;
}

} // namespace tgic::health
