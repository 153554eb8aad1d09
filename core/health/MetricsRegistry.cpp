// SPDX-License-Identifier: MIT
#include "MetricsRegistry.h"

#include "Logging.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::health {

void MetricsRegistry::define(
    const QString &name, Type type, const QString &help, const QList<double> &buckets)
{
    Q_ASSERT(type != Type::Counter || name.endsWith(u"_total"_s));
    Q_ASSERT(!family(name));
    Family f;
    f.name = name;
    f.type = type;
    f.help = help;
    f.buckets = buckets;
    m_families.append(f);
}

MetricsRegistry::Family *MetricsRegistry::family(const QString &name, Type type)
{
    for (Family &f : m_families) {
        if (f.name != name)
            continue;
        if (f.type == type)
            return &f;
        qCWarning(lcSync).noquote() << "metric" << name << "used as another type than it was defined";
        return nullptr;
    }
    qCWarning(lcSync).noquote() << "metric" << name << "was never defined";
    return nullptr;
}

const MetricsRegistry::Family *MetricsRegistry::family(const QString &name) const
{
    for (const Family &f : m_families)
        if (f.name == name)
            return &f;
    return nullptr;
}

QString MetricsRegistry::escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out;
}

QString MetricsRegistry::renderLabels(
    const Labels &labels, const QString &extraName, const QString &extraValue)
{
    QStringList parts;
    for (const auto &[name, value] : labels)
        parts << name + u"=\""_s + escapeLabelValue(value) + u'"';
    if (!extraName.isEmpty())
        parts << extraName + u"=\""_s + extraValue + u'"';
    return parts.isEmpty() ? QString() : u'{' + parts.join(u',') + u'}';
}

MetricsRegistry::Series &MetricsRegistry::series(Family &f, const Labels &labels)
{
    Labels sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    const QString key = renderLabels(sorted);
    auto it = f.series.find(key);
    if (it == f.series.end()) {
        Series s;
        if (f.type == Type::Histogram)
            s.bucketCounts = QList<quint64>(f.buckets.size(), 0);
        it = f.series.insert(key, s);
        f.labels.insert(key, sorted);
    }
    return *it;
}

void MetricsRegistry::add(const QString &name, const Labels &labels, double by)
{
    if (Family *f = family(name, Type::Counter))
        series(*f, labels).value += std::max(0.0, by);
}

void MetricsRegistry::set(const QString &name, const Labels &labels, double value)
{
    if (Family *f = family(name, Type::Gauge))
        series(*f, labels).value = value;
}

void MetricsRegistry::observe(const QString &name, const Labels &labels, double value)
{
    Family *f = family(name, Type::Histogram);
    if (!f || std::isnan(value))
        return;
    Series &s = series(*f, labels);
    s.value += value;
    ++s.count;
    for (qsizetype i = 0; i < f->buckets.size(); ++i) {
        if (value <= f->buckets.at(i)) {
            ++s.bucketCounts[i];
            break;
        }
    }
}

double MetricsRegistry::value(const QString &name, const Labels &labels) const
{
    const Family *f = family(name);
    if (!f)
        return 0;
    Labels sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    const auto it = f->series.constFind(renderLabels(sorted));
    if (it == f->series.cend())
        return 0;
    return f->type == Type::Histogram ? double(it->count) : it->value;
}

QByteArray MetricsRegistry::formatNumber(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (value == std::trunc(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 15);
}

QByteArray MetricsRegistry::exposition() const
{
    static const char *typeNames[] = { "counter", "gauge", "histogram" };
    QByteArray out;
    for (const Family &f : m_families) {
        QString help = f.help;
        help.replace(u"\\"_s, u"\\\\"_s).replace(u"\n"_s, u"\\n"_s);
        out += "# HELP " + f.name.toUtf8() + ' ' + help.toUtf8() + '\n';
        out += "# TYPE " + f.name.toUtf8() + ' ' + typeNames[int(f.type)] + '\n';
        for (auto it = f.series.cbegin(); it != f.series.cend(); ++it) {
            const Series &s = it.value();
            if (f.type != Type::Histogram) {
                out += f.name.toUtf8() + it.key().toUtf8() + ' ' + formatNumber(s.value) + '\n';
                continue;
            }
            const Labels &labels = f.labels.value(it.key());
            quint64 cumulative = 0;
            for (qsizetype i = 0; i < f.buckets.size(); ++i) {
                cumulative += s.bucketCounts.at(i);
                out += f.name.toUtf8() + "_bucket"
                    + renderLabels(labels, u"le"_s, QString::fromLatin1(formatNumber(f.buckets.at(i))))
                          .toUtf8()
                    + ' ' + QByteArray::number(cumulative) + '\n';
            }
            out += f.name.toUtf8() + "_bucket" + renderLabels(labels, u"le"_s, u"+Inf"_s).toUtf8() + ' '
                + QByteArray::number(s.count) + '\n';
            out += f.name.toUtf8() + "_sum" + it.key().toUtf8() + ' ' + formatNumber(s.value) + '\n';
            out += f.name.toUtf8() + "_count" + it.key().toUtf8() + ' ' + QByteArray::number(s.count) + '\n';
        }
    }
    return out;
}

} // namespace tgic::health
