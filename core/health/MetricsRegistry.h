// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace tgic::health {

//! Label pairs of one series, e.g. {{"service","telegram"},{"outcome","success"}}.
using Labels = QList<std::pair<QString, QString>>;

//! Counters, gauges and histograms, written out in the Prometheus text exposition format
//! (version 0.0.4): a `# HELP` and a `# TYPE` line per family, families in the order they were
//! defined, series sorted by their labels, histograms as cumulative `_bucket{le="…"}` series
//! ending in `le="+Inf"`, then `_sum` and `_count`.
class MetricsRegistry
{
public:
    enum class Type { Counter, Gauge, Histogram };

    //! A family. Counter names end in `_total` (the format's convention; checked in debug builds).
    //! `buckets`: a histogram's upper bounds, ascending (+Inf is added).
    void define(const QString &name, Type type, const QString &help, const QList<double> &buckets = {});

    //! Counter: add `by` (>= 0). Creates the series at 0 first, so it shows before it moves.
    void add(const QString &name, const Labels &labels = {}, double by = 1);
    //! Gauge: set the value.
    void set(const QString &name, const Labels &labels, double value);
    void set(const QString &name, double value) { set(name, {}, value); }
    //! Histogram: one observation.
    void observe(const QString &name, const Labels &labels, double value);
    void observe(const QString &name, double value) { observe(name, {}, value); }

    //! A counter's or gauge's value (0 when the series does not exist); a histogram's count.
    double value(const QString &name, const Labels &labels = {}) const;

    //! Everything, as `GET /metrics` serves it (Content-Type: text/plain; version=0.0.4).
    QByteArray exposition() const;

    //! How a number is written: integers without a fraction, NaN and ±Inf by their names.
    static QByteArray formatNumber(double value);
    //! A label value with backslash, double quote and line feed escaped.
    static QString escapeLabelValue(const QString &value);

private:
    struct Series
    {
        double value = 0; //!< counter, gauge; histogram: sum
        quint64 count = 0; //!< histogram
        QList<quint64> bucketCounts; //!< histogram, not cumulative
    };
    struct Family
    {
        QString name;
        Type type = Type::Counter;
        QString help;
        QList<double> buckets;
        QMap<QString, Series> series; //!< by rendered label set ("" for none)
        QMap<QString, Labels> labels;
    };

    Family *family(const QString &name, Type type);
    const Family *family(const QString &name) const;
    static QString renderLabels(
        const Labels &labels, const QString &extraName = {}, const QString &extraValue = {});
    Series &series(Family &f, const Labels &labels);

    QList<Family> m_families;
};

} // namespace tgic::health
