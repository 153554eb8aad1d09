// SPDX-License-Identifier: MIT
#include "ChatListDelegate.h"

#include "ChatListModel.h"
#include "Look.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using models::ChatListModel;

namespace {
QFont smaller(const QFont &f)
{
    QFont s = f;
    s.setPointSizeF(f.pointSizeF() * 0.88);
    return s;
}
} // namespace

QSize ChatListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return { line * 16, int(line * 3.9) };
}

void ChatListDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The platform's own selection and hover background.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? look::mix(text, pal.color(group, QPalette::Highlight), 0.3)
                                : pal.color(group, QPalette::PlaceholderText);

    const qreal line = option.fontMetrics.height();
    const QRectF r = QRectF(option.rect).adjusted(line * 0.6, line * 0.45, -line * 0.6, -line * 0.45);
    const QString title = index.data(ChatListModel::TitleRole).toString();
    const qint64 userId = index.data(ChatListModel::TelegramUserIdRole).toLongLong();
    const qint64 chatId = index.data(ChatListModel::ChatIdRole).toLongLong();
    const qreal avatar = line * 2.6;
    look::paintAvatar(p, QRectF(r.left(), r.center().y() - avatar / 2, avatar, avatar), title,
        userId ? userId : chatId, pal);

    const qreal x = r.left() + avatar + line * 0.7;
    const QRectF body(x, r.top(), r.right() - x, r.height());
    const qreal rowH = body.height() / 3;
    p->save();

    // Line 1: name … time
    const QFont base = option.font;
    const QFont small = smaller(base);
    p->setFont(small);
    const QString time = look::shortTime(index.data(ChatListModel::LastActivityRole).toDateTime());
    const qreal timeW = QFontMetricsF(small).horizontalAdvance(time);
    p->setPen(dim);
    p->drawText(
        QRectF(body.right() - timeW, body.top(), timeW, rowH), Qt::AlignRight | Qt::AlignVCenter, time);
    QFont bold = base;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(text);
    const QRectF titleRect(body.left(), body.top(), body.width() - timeW - line * 0.5, rowH);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(bold).elidedText(title, Qt::ElideRight, titleRect.width()));

    // Line 2: @username · ID … mapping badge
    p->setFont(small);
    const models::OptionalMappingState state = ChatListModel::mappingStateOf(index);
    const QRectF second(body.left(), body.top() + rowH, body.width(), rowH);
    const QRectF pillRect(second.left(), second.top() + rowH * 0.1, second.width(), rowH * 0.8);
    const qreal pillW = look::paintPill(
        p, pillRect, look::mappingStateLabel(state), selected ? text : look::mappingStateColor(state, pal));
    const QString username = index.data(ChatListModel::UsernameRole).toString();
    const QString ids = userId ? QString::number(userId) : QString::number(chatId);
    QString who = username.isEmpty() ? tr("ID %1").arg(ids) : u"@%1 · %2"_s.arg(username, ids);
    // The same customer may also have a chat with the bot: say which one this is.
    if (index.data(ChatListModel::BusinessChatRole).toBool())
        who = tr("Business chat") + u" · "_s + who;
    p->setPen(dim);
    p->drawText(QRectF(second.left(), second.top(), second.width() - pillW - line * 0.5, rowH),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(small).elidedText(who, Qt::ElideRight, second.width() - pillW - line * 0.5));

    // Line 3: preview … unread count
    p->setFont(base);
    const QRectF third(body.left(), body.top() + 2 * rowH, body.width(), rowH);
    const int unread = index.data(ChatListModel::UnreadCountRole).toInt();
    qreal unreadW = 0;
    if (unread > 0) {
        p->setFont(small);
        const QString n = unread > 999 ? u"999+"_s : QString::number(unread);
        const QFontMetricsF fm(small);
        const qreal h = rowH * 0.85;
        unreadW = qMax(h, fm.horizontalAdvance(n) + h * 0.6);
        const QRectF badge(third.right() - unreadW, third.center().y() - h / 2, unreadW, h);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(
            selected ? pal.color(group, QPalette::HighlightedText) : pal.color(group, QPalette::Highlight));
        p->drawRoundedRect(badge, h / 2, h / 2);
        p->setPen(
            selected ? pal.color(group, QPalette::Highlight) : pal.color(group, QPalette::HighlightedText));
        p->drawText(badge, Qt::AlignCenter, n);
        p->setFont(base);
        unreadW += line * 0.5;
    }
    p->setPen(selected ? text : look::mix(text, dim, 0.35));
    const QString preview = index.data(ChatListModel::PreviewRole).toString();
    p->drawText(QRectF(third.left(), third.top(), third.width() - unreadW, rowH),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(base).elidedText(preview, Qt::ElideRight, third.width() - unreadW));

    p->restore();
}

} // namespace tgic::ui
