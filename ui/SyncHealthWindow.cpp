// SPDX-License-Identifier: MIT
#include "SyncHealthWindow.h"

#include "Look.h"
#include "SyncHealthModel.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

// A top for the value axis that leaves some room above the highest point: 1, 2, 5 × 10^n.
double niceTop(double highest)
{
    if (highest <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(highest * 1.1)));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 })
        if (highest * 1.1 <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

SyncHealthWindow::SyncHealthWindow(models::SyncHealthModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_header(new QLabel(this))
    , m_events(new QListWidget(this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"syncHealthWindow"_s);
    setWindowTitle(tr("Sync Health"));
    m_header->setObjectName(u"syncHealthHeader"_s);
    m_header->setTextFormat(Qt::PlainText); // the writer's host and agent names
    m_header->setWordWrap(true);
    m_events->setObjectName(u"syncHealthEvents"_s);
    m_events->setAccessibleName(tr("Stalls and quarantines in the last hour"));
    m_events->setSelectionMode(QAbstractItemView::NoSelection);
    m_events->setFocusPolicy(Qt::TabFocus);

    const QString perMinute = tr("per minute");
    const QString secondsUnit = tr("seconds");
    m_plots << makePlot(
        u"inbound"_s, tr("Messages in from Telegram"), perMinute, { { u"inbound"_s, tr("Updates stored") } });
    m_plots << makePlot(u"c2i"_s, tr("Customer's message → Intercom"), secondsUnit,
        { { u"c2iP50"_s, tr("Median") }, { u"c2iP95"_s, tr("95th percentile") } });
    m_plots << makePlot(u"r2t"_s, tr("Agent's reply → Telegram"), secondsUnit,
        { { u"r2tP50"_s, tr("Median") }, { u"r2tP95"_s, tr("95th percentile") } });
    m_plots << makePlot(u"depth"_s, tr("Outbox: rows waiting"), tr("rows"),
        { { u"depthToIntercom"_s, tr("To Intercom") }, { u"depthToTelegram"_s, tr("To Telegram") } });
    m_plots << makePlot(u"age"_s, tr("Outbox: oldest row waiting"), secondsUnit,
        { { u"ageToIntercom"_s, tr("To Intercom") }, { u"ageToTelegram"_s, tr("To Telegram") } });

    auto *grid = new QGridLayout;
    for (qsizetype i = 0; i < m_plots.size(); ++i)
        grid->addWidget(m_plots.at(i).view, int(i / 2), int(i % 2));
    auto *eventsBox = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    auto *eventsTitle = new QLabel(tr("Stalls and quarantines"), eventsBox);
    eventsTitle->setBuddy(m_events);
    eventsLayout->addWidget(eventsTitle);
    eventsLayout->addWidget(m_events);
    grid->addWidget(eventsBox, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(grid, 1);

    // The time axis moves on with the clock even while no new figures come.
    m_clock->setInterval(15000);
    connect(m_clock, &QTimer::timeout, this, &SyncHealthWindow::moveTimeAxes);
    connect(m_model, &models::SyncHealthModel::changed, this, &SyncHealthWindow::rebuild);
    const int line = fontMetrics().height();
    resize(line * 70, line * 48);
    rebuild();
}

SyncHealthWindow::Plot SyncHealthWindow::makePlot(const QString &name, const QString &title,
    const QString &unit, const QList<std::pair<QString, QString>> &lines)
{
    Plot plot;
    plot.chart = new QChart;
    plot.chart->setTitle(title);
    plot.chart->legend()->setAlignment(Qt::AlignBottom);
    plot.chart->setMargins(QMargins(4, 4, 4, 4));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    plot.chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    plot.chart->setBackgroundBrush(palette().color(QPalette::Base));
    plot.time = new QDateTimeAxis;
    plot.time->setFormat(u"HH:mm"_s);
    plot.time->setTickCount(7);
    plot.values = new QValueAxis;
    plot.values->setTitleText(unit);
    plot.values->setLabelFormat(u"%g"_s);
    plot.values->setMin(0);
    plot.chart->addAxis(plot.time, Qt::AlignBottom);
    plot.chart->addAxis(plot.values, Qt::AlignLeft);
    for (const auto &[seriesName, label] : lines) {
        auto *series = new QLineSeries;
        series->setObjectName(seriesName);
        series->setName(label);
        series->setPointsVisible(true);
        plot.chart->addSeries(series);
        series->attachAxis(plot.time);
        series->attachAxis(plot.values);
        plot.lines << series;
    }
    // Stalls and quarantines sit on the time axis of every plot, so a spike lines up with its cause.
    auto marks = [&](const QString &what, const QString &label, const QColor &color,
                     QScatterSeries::MarkerShape shape) {
        auto *series = new QScatterSeries;
        series->setObjectName(what + u'.' + name);
        series->setName(label);
        series->setMarkerShape(shape);
        series->setMarkerSize(11);
        series->setColor(color);
        series->setBorderColor(color.darker(130));
        plot.chart->addSeries(series);
        series->attachAxis(plot.time);
        series->attachAxis(plot.values);
        return series;
    };
    plot.stalls
        = marks(u"stalls"_s, tr("Stall"), look::problemColor(palette()), QScatterSeries::MarkerShapeTriangle);
    plot.quarantines = marks(u"quarantines"_s, tr("Quarantine"), look::waitingColor(palette()),
        QScatterSeries::MarkerShapeRectangle);
    for (QScatterSeries *series : { plot.stalls, plot.quarantines }) {
        connect(series, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
            for (const health::HealthEvent &e : m_model->events()) {
                if (std::llabs(e.at - qint64(point.x())) > 1)
                    continue;
                const QString when = QLocale().toString(at.time(), QLocale::ShortFormat);
                const QString text = e.what == u"stall"_s
                    ? tr("%1: no answer from %2 for %3 s").arg(when, e.service).arg(e.seconds)
                    : tr("%1: an update went to the quarantine").arg(when);
                QToolTip::showText(QCursor::pos(), text, this);
                return;
            }
        });
    }
    plot.view = new QChartView(plot.chart, this);
    plot.view->setObjectName(name + u"Chart"_s);
    plot.view->setRenderHint(QPainter::Antialiasing);
    plot.view->setAccessibleName(title);
    plot.view->setMinimumHeight(fontMetrics().height() * 12);
    return plot;
}

QLineSeries *SyncHealthWindow::line(const QString &name) const
{
    for (const Plot &plot : m_plots)
        for (QLineSeries *series : plot.lines)
            if (series->objectName() == name)
                return series;
    return nullptr;
}

QList<QPointF> SyncHealthWindow::points(const QString &seriesName) const
{
    if (QLineSeries *series = line(seriesName))
        return series->points();
    for (const Plot &plot : m_plots)
        for (QScatterSeries *series : { plot.stalls, plot.quarantines })
            if (series->objectName() == seriesName)
                return series->points();
    return {};
}

QString SyncHealthWindow::headerText() const
{
    return m_header->text();
}

QStringList SyncHealthWindow::eventLines() const
{
    QStringList lines;
    for (int i = 0; i < m_events->count(); ++i)
        lines << m_events->item(i)->text();
    return lines;
}

void SyncHealthWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
    m_clock->start();
}

void SyncHealthWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_model)
        m_model->setActive(false);
    m_clock->stop();
}

void SyncHealthWindow::moveTimeAxes()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime from = now.addSecs(-qint64(m_model->span().count()) * 60);
    for (const Plot &plot : std::as_const(m_plots))
        plot.time->setRange(from, now);
}

void SyncHealthWindow::rebuild()
{
    const QLocale locale;
    const QList<health::HealthFigures> &minutes = m_model->minutes();
    if (!m_model->hasRead())
        m_header->setText(tr("Reading the figures…"));
    else if (minutes.isEmpty() && m_model->readFailed())
        m_header->setText(tr("The figures could not be read: the database did not answer."));
    else if (minutes.isEmpty())
        m_header->setText(tr("No figures yet: they appear once the sync has run for a minute."));
    else {
        QString header
            = tr("Figures of the last hour from %1, updated %2")
                  .arg(m_model->writer(), locale.toString(m_model->writtenAt().time(), QLocale::LongFormat));
        if (m_model->readFailed())
            header += u' ' + tr("(the database did not answer the last read; these may be out of date)");
        m_header->setText(header);
    }

    // x: the middle of each minute, in local time as the axis shows it.
    auto x = [](qint64 minuteAt) { return double(minuteAt + 30000); };
    QHash<QString, QList<QPointF>> lines;
    for (const health::HealthFigures &f : minutes) {
        lines[u"inbound"_s] << QPointF(x(f.minuteAt), f.inbound);
        if (f.customerToIntercom.count > 0) {
            lines[u"c2iP50"_s] << QPointF(x(f.minuteAt), seconds(f.customerToIntercom.p50));
            lines[u"c2iP95"_s] << QPointF(x(f.minuteAt), seconds(f.customerToIntercom.p95));
        }
        if (f.replyToTelegram.count > 0) {
            lines[u"r2tP50"_s] << QPointF(x(f.minuteAt), seconds(f.replyToTelegram.p50));
            lines[u"r2tP95"_s] << QPointF(x(f.minuteAt), seconds(f.replyToTelegram.p95));
        }
        lines[u"depthToIntercom"_s] << QPointF(x(f.minuteAt), f.toIntercom.depth);
        lines[u"depthToTelegram"_s] << QPointF(x(f.minuteAt), f.toTelegram.depth);
        lines[u"ageToIntercom"_s] << QPointF(x(f.minuteAt), f.toIntercom.oldestAgeSeconds);
        lines[u"ageToTelegram"_s] << QPointF(x(f.minuteAt), f.toTelegram.oldestAgeSeconds);
    }
    QList<QPointF> stalls;
    QList<QPointF> quarantines;
    m_events->clear();
    for (const health::HealthEvent &e : m_model->events()) {
        const QString when
            = locale.toString(QDateTime::fromMSecsSinceEpoch(e.at).time(), QLocale::ShortFormat);
        if (e.what == u"stall"_s) {
            stalls << QPointF(double(e.at), 0);
            m_events->addItem(
                tr("%1 No answer from %2 for %3 s — reconnected").arg(when, e.service).arg(e.seconds));
        } else {
            quarantines << QPointF(double(e.at), 0);
            m_events->addItem(tr("%1 An update went to the quarantine (tgic-cli quarantine)").arg(when));
        }
    }
    if (m_events->count() == 0)
        m_events->addItem(tr("None in the last hour"));

    for (Plot &plot : m_plots) {
        double highest = 0;
        for (QLineSeries *series : std::as_const(plot.lines)) {
            const QList<QPointF> points = lines.value(series->objectName());
            series->replace(points);
            for (const QPointF &p : points)
                highest = std::max(highest, p.y());
        }
        plot.stalls->replace(stalls);
        plot.quarantines->replace(quarantines);
        plot.values->setRange(0, niceTop(highest));
        plot.values->applyNiceNumbers(); // ticks at round values: 0, 10, 20 … rather than 12.5
    }
    moveTimeAxes();
}

} // namespace tgic::ui
