// SPDX-License-Identifier: MIT
#include "ContactPicker.h"

#include "ContactSearchModel.h"
#include "Look.h"
#include "PlainToolTips.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using models::ContactSearchModel;

namespace {
//! Two lines per contact: the name with a role pill, then email · phone · Telegram IDs.
class ContactDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return { line * 18, int(line * 2.8) };
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, option.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor dim = selected ? text : pal.color(QPalette::PlaceholderText);
        const qreal line = option.fontMetrics.height();
        const QRectF r = QRectF(option.rect).adjusted(line * 0.5, line * 0.3, -line * 0.5, -line * 0.3);
        const QRectF first(r.left(), r.top(), r.width(), r.height() / 2);
        const QRectF second(r.left(), r.top() + r.height() / 2, r.width(), r.height() / 2);
        p->save();
        const QString role = index.data(ContactSearchModel::RoleRole).toString();
        const qreal pill = look::paintPill(p, first.adjusted(0, line * 0.1, 0, -line * 0.1),
            role == u"user"_s ? ContactPicker::tr("user") : ContactPicker::tr("lead"),
            selected ? text : pal.color(QPalette::Link));
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(text);
        p->drawText(first.adjusted(0, 0, -pill - line * 0.5, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(bold).elidedText(
                index.data().toString(), Qt::ElideRight, first.width() - pill - line));
        QStringList details { index.data(ContactSearchModel::EmailRole).toString(),
            index.data(ContactSearchModel::PhoneRole).toString() };
        const QString ids = index.data(ContactSearchModel::TelegramIdsRole).toString();
        if (!ids.isEmpty())
            details << ContactPicker::tr("Telegram %1").arg(ids);
        details.removeAll(QString());
        if (details.isEmpty())
            details << ContactPicker::tr("no email or phone");
        p->setFont(option.font);
        p->setPen(dim);
        p->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(option.font).elidedText(details.join(u"  ·  "_s), Qt::ElideRight, second.width()));
        p->restore();
    }
};
} // namespace

ContactPicker::ContactPicker(models::MappingTools *tools, QWidget *parent)
    : QWidget(parent)
    , m_model(new ContactSearchModel(tools, this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
{
    m_search->setObjectName(u"contactSearch"_s);
    m_search->setPlaceholderText(tr("Intercom contact: name, email, phone or id"));
    m_search->setAccessibleName(tr("Search Intercom contacts"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"contactResults"_s);
    m_list->setAccessibleName(tr("Matching Intercom contacts"));
    m_list->setModel(m_model);
    showToolTipsAsPlainText(m_list);
    m_list->setItemDelegate(new ContactDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(fontMetrics().height() * 9);
    m_status->setObjectName(u"contactSearchStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Type at least two characters."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textEdited, m_model, &ContactSearchModel::setText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_model->setText(m_search->text());
        m_model->searchNow();
    });
    connect(m_model, &ContactSearchModel::searchingChanged, this, [this](bool searching) {
        if (searching)
            m_status->setText(tr("Searching Intercom…"));
    });
    connect(m_model, &ContactSearchModel::finished, this, &ContactPicker::onFinished);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setContact({}); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { setContact(m_model->contactAt(current.row())); });
}

QString ContactPicker::contactId() const
{
    return m_contact.id;
}

void ContactPicker::search(const QString &text, bool pickFirst)
{
    m_search->setText(text);
    m_pickFirst = pickFirst;
    m_model->setText(text);
    m_model->searchNow();
}

void ContactPicker::onFinished(int count)
{
    if (!m_model->error().isEmpty())
        m_status->setText(tr("Intercom did not answer: %1").arg(m_model->error()));
    else if (m_search->text().trimmed().size() < 2)
        m_status->setText(tr("Type at least two characters."));
    else if (count == 0)
        m_status->setText(tr("No contact matches “%1”.").arg(m_search->text().trimmed()));
    else
        m_status->setText(tr("%n contact(s) found. Choose one.", nullptr, count));
    if (m_pickFirst && count > 0)
        m_list->setCurrentIndex(m_model->index(0));
    m_pickFirst = false;
}

void ContactPicker::setContact(const models::PickedContact &contact)
{
    if (contact == m_contact)
        return;
    m_contact = contact;
    Q_EMIT contactChanged(contact);
}

} // namespace tgic::ui
