// SPDX-License-Identifier: MIT
#include "Look.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace tgic::ui::look {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tgic::ui::look", text);
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB),
        float(a.greenF() * k + b.greenF() * amountOfB), float(a.blueF() * k + b.blueF() * amountOfB));
}

QString mappingStateLabel(models::OptionalMappingState state)
{
    using models::MappingState;
    if (!state)
        return tr("new");
    switch (*state) {
    case MappingState::Linked:
        return tr("linked");
    case MappingState::Pending:
        return tr("pending");
    case MappingState::Conflict:
        return tr("conflict");
    case MappingState::Stale:
        return tr("stale");
    case MappingState::Blocked:
        return tr("blocked");
    case MappingState::Detached:
        return tr("detached");
    case MappingState::Deactivated:
        return tr("deleted");
    }
    return tr("new");
}

QString mappingStateDescription(models::OptionalMappingState state)
{
    using models::MappingState;
    if (!state)
        return tr("No message delivered yet");
    switch (*state) {
    case MappingState::Linked:
        return tr("Anchored on an Intercom contact by the Telegram user ID");
    case MappingState::Pending:
        return tr("Waiting for the Intercom contact to be found or created");
    case MappingState::Conflict:
        return tr("More than one Intercom contact carries this Telegram user ID; an agent must choose");
    case MappingState::Stale:
        return tr("The linked Intercom contact was merged or deleted");
    case MappingState::Blocked:
        return tr("The customer blocked the bot");
    case MappingState::Detached:
        return tr("An agent unlinked this customer on purpose");
    case MappingState::Deactivated:
        return tr("The Telegram account was deleted");
    }
    return tr("No message delivered yet");
}

QColor goodColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x7e, 0x34);
}

QColor waitingColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x67, 0x00);
}

QColor problemColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor mappingStateColor(models::OptionalMappingState state, const QPalette &palette)
{
    using models::MappingState;
    const bool dark = isDark(palette);
    if (!state)
        return dark ? QColor(0x4d, 0xd0, 0xc0) : QColor(0x00, 0x79, 0x6b);
    // Every state its own hue (and its own word: colour is never the only sign).
    switch (*state) {
    case MappingState::Linked:
        return goodColor(palette);
    case MappingState::Pending:
        return waitingColor(palette);
    case MappingState::Conflict:
        return problemColor(palette);
    case MappingState::Stale:
        return dark ? QColor(0xff, 0x9e, 0x57) : QColor(0xb3, 0x4e, 0x00);
    case MappingState::Detached:
        return dark ? QColor(0x8c, 0x9e, 0xff) : QColor(0x3f, 0x51, 0xb5);
    case MappingState::Blocked:
        return dark ? QColor(0xd6, 0x8f, 0xe6) : QColor(0x8e, 0x24, 0xaa);
    case MappingState::Deactivated:
        break;
    }
    return palette.color(QPalette::PlaceholderText); // deactivated: the account is gone
}

QColor avatarColor(qint64 id, const QPalette &palette)
{
    static const int hues[] = { 4, 28, 45, 140, 175, 200, 220, 260, 290, 330 };
    const int hue = hues[quint64(id) % std::size(hues)];
    return isDark(palette) ? QColor::fromHsl(hue, 120, 95) : QColor::fromHsl(hue, 150, 120);
}

QString initials(const QString &name)
{
    QString out;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (out.size() == 2)
            break;
        if (w.at(0).isLetterOrNumber())
            out += w.at(0).toUpper();
    }
    return out.isEmpty() ? u"?"_s : out;
}

void paintAvatar(QPainter *p, const QRectF &rect, const QString &name, qint64 id, const QPalette &palette)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(avatarColor(id, palette));
    p->drawEllipse(rect);
    QFont f = p->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * rect.height() / QFontMetricsF(p->font()).height() * 0.38);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(rect, Qt::AlignCenter, initials(name));
    p->restore();
}

qreal paintPill(QPainter *p, const QRectF &rect, const QString &text, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(p->font());
    const qreal pad = fm.height() * 0.45;
    const qreal width = fm.horizontalAdvance(text) + 2 * pad;
    const QRectF pill(rect.right() - width, rect.top(), width, rect.height());
    QColor fill = color;
    fill.setAlphaF(0.16f);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p->setPen(color);
    p->drawText(pill, Qt::AlignCenter, text);
    p->restore();
    return width;
}

QString shortTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().daysTo(today) < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QIcon appIcon()
{
    // Rendered from resources/icons/tgic.svg at build time and embedded (no SVG image plugin is
    // needed at run time); the installed app finds the same images in the hicolor theme.
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(u":/icons/tgic-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace tgic::ui::look
