// SPDX-License-Identifier: MIT
#include "MessageDelegate.h"

#include "Look.h"
#include "MessageModel.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using models::MessageModel;

struct MessageDelegate::Layout
{
    QRectF bubble;
    QRectF text;
    QRectF footer;
    QString body;
    QString footerText;
    bool outgoing = false;
    bool media = false;
    bool failed = false;
    QFont bodyFont;
    QFont footerFont;
};

MessageDelegate::MessageDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

QString MessageDelegate::deliveryLabel(const QString &delivery, const QString &error)
{
    if (delivery == u"delivered"_s)
        return tr("✓ in Intercom");
    if (delivery == u"failed"_s)
        return error.isEmpty() ? tr("✗ not delivered") : tr("✗ not delivered: %1").arg(error);
    if (delivery == u"queued"_s)
        return tr("◷ queued for Intercom");
    return delivery;
}

MessageDelegate::Layout MessageDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    l.outgoing = index.data(MessageModel::IsOutgoingRole).toBool();
    l.media = index.data(MessageModel::IsMediaRole).toBool();
    const QString text = index.data(MessageModel::TextRole).toString();
    const QString label = index.data(MessageModel::MediaLabelRole).toString();
    // Media arrive with a caption or a "[photo]" stand-in; show a proper label instead of the latter.
    const bool placeholderOnly = text.isEmpty() || (text.startsWith(u'[') && text.endsWith(u']'));
    l.body = l.media ? (placeholderOnly ? label : QString(label + u"\n"_s + text)) : text;
    const QString delivery = index.data(MessageModel::DeliveryRole).toString();
    l.failed = delivery == u"failed"_s;
    QStringList footer;
    footer << QLocale().toString(
        index.data(MessageModel::SentAtRole).toDateTime().toLocalTime().time(), QLocale::ShortFormat);
    if (index.data(MessageModel::IsEditedRole).toBool())
        footer << tr("edited");
    if (!l.outgoing)
        footer << deliveryLabel(delivery, index.data(MessageModel::DeliveryErrorRole).toString());
    l.footerText = footer.join(u"  ·  "_s);

    l.bodyFont = option.font;
    l.footerFont = option.font;
    l.footerFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    if (l.media && placeholderOnly)
        l.bodyFont.setItalic(true);

    const qreal line = QFontMetricsF(option.font).height();
    const qreal viewWidth = m_view ? m_view->viewport()->width() : option.rect.width();
    const qreal pad = line * 0.55;
    const qreal maxBubble = qMax(line * 8, qMin(viewWidth * 0.72, line * 34));
    const qreal maxText = maxBubble - 2 * pad;
    const QRectF textBounds
        = QFontMetricsF(l.bodyFont).boundingRect(QRectF(0, 0, maxText, 1e6), Qt::TextWordWrap, l.body);
    const QFontMetricsF ffm(l.footerFont);
    const QRectF footerBounds = ffm.boundingRect(QRectF(0, 0, maxText, 1e6), Qt::TextWordWrap, l.footerText);
    const qreal innerW = qMin(maxText, qMax(textBounds.width(), footerBounds.width()));
    const qreal bubbleW = innerW + 2 * pad;
    const qreal bubbleH = textBounds.height() + line * 0.2 + footerBounds.height() + 2 * pad * 0.8;
    const qreal margin = line * 0.8;
    const qreal x
        = l.outgoing ? option.rect.left() + viewWidth - margin - bubbleW : option.rect.left() + margin;
    l.bubble = QRectF(x, option.rect.top() + line * 0.25, bubbleW, bubbleH);
    l.text = QRectF(x + pad, l.bubble.top() + pad * 0.8, innerW, textBounds.height());
    l.footer = QRectF(x + pad, l.text.bottom() + line * 0.2, innerW, footerBounds.height());
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect.moveTo(0, 0);
    const Layout l = layout(opt, index);
    const qreal line = QFontMetricsF(option.font).height();
    return { int(l.bubble.right() + line), int(l.bubble.bottom() + line * 0.25 + 1) };
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const QPalette &pal = option.palette;
    const bool dark = look::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    QColor fill = l.outgoing ? look::mix(base, accent, dark ? 0.35 : 0.18)
                             : look::mix(base, pal.color(QPalette::Text), dark ? 0.10 : 0.055);
    if (option.state & QStyle::State_Selected)
        fill = look::mix(fill, accent, 0.25);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal radius = QFontMetricsF(option.font).height() * 0.7;
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(l.bubble, radius, radius);
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(accent, 1.5));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(l.bubble.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    }

    p->setFont(l.bodyFont);
    p->setPen(l.media ? look::mix(pal.color(QPalette::Text), fill, 0.2) : pal.color(QPalette::Text));
    p->drawText(l.text, Qt::TextWordWrap, l.body);

    p->setFont(l.footerFont);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    p->setPen(l.failed ? look::problemColor(pal) : dim);
    p->drawText(l.footer, Qt::TextWordWrap | (l.outgoing ? Qt::AlignRight : Qt::AlignLeft), l.footerText);
    p->restore();
}

} // namespace tgic::ui
