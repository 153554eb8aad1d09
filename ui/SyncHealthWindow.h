// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QListWidget;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace tgic::models {
class SyncHealthModel;
}

namespace tgic::ui {

//! View → Sync Health: the last hour of the sync as live plots — messages in per minute, the
//! time from a customer's message to Intercom and from an agent's reply to Telegram (median and
//! 95th percentile), the outboxes' depth and the age of their oldest row — with every stall and
//! quarantine marked on the time axis and listed in words. The same on every workstation of a
//! team: the figures are the ones the process running the sync writes (models::SyncHealthModel).
class SyncHealthWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncHealthWindow(models::SyncHealthModel *model, QWidget *parent = nullptr);

    //! One plotted line or set of marks, by object name: "inbound", "c2iP50", "c2iP95", "r2tP50",
    //! "r2tP95", "depthToIntercom", "depthToTelegram", "ageToIntercom", "ageToTelegram", and the
    //! marks "stalls.<chart>" / "quarantines.<chart>" (chart: inbound, c2i, r2t, depth, age).
    QList<QPointF> points(const QString &seriesName) const;
    QString headerText() const;
    //! The events list, one line each: "10:42 No answer from Telegram for 45 s".
    QStringList eventLines() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Plot
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *values = nullptr;
        QList<QLineSeries *> lines;
        QScatterSeries *stalls = nullptr;
        QScatterSeries *quarantines = nullptr;
    };

    Plot makePlot(const QString &name, const QString &title, const QString &unit,
        const QList<std::pair<QString, QString>> &lines);
    QLineSeries *line(const QString &name) const;
    void rebuild();
    void moveTimeAxes();

    QPointer<models::SyncHealthModel> m_model; //!< usually a child of this window
    QLabel *m_header;
    QList<Plot> m_plots;
    QListWidget *m_events;
    QTimer *m_clock;
};

} // namespace tgic::ui
