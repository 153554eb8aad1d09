// SPDX-License-Identifier: MIT
#pragma once

#include "MappingStateNames.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QPainter;
class QRectF;

namespace tgic::ui {

//! Small drawing helpers shared by the delegates and panels. Colours are derived from the
//! system palette (light or dark) so the app follows the desktop; shapes are painted, not
//! bitmaps, so they stay sharp at any device-pixel ratio.
namespace look {

bool isDark(const QPalette &palette);

//! The badge text of a mapping state ("linked", "pending", …; "new" when empty), translated.
QString mappingStateLabel(models::OptionalMappingState state);
//! What the state means, for tooltips and accessible descriptions.
QString mappingStateDescription(models::OptionalMappingState state);
QColor mappingStateColor(models::OptionalMappingState state, const QPalette &palette);

//! Status colours for things that are not mapping states (a failed send, a connection, a test
//! result); the same hues as the linked, pending and conflict badges.
QColor goodColor(const QPalette &palette);
QColor waitingColor(const QPalette &palette);
QColor problemColor(const QPalette &palette);

//! A stable colour per Telegram user, readable on the palette's base.
QColor avatarColor(qint64 id, const QPalette &palette);
QString initials(const QString &name);
void paintAvatar(QPainter *p, const QRectF &rect, const QString &name, qint64 id, const QPalette &palette);

//! A rounded, tinted pill with `text` in `color`; returns its width.
qreal paintPill(QPainter *p, const QRectF &rect, const QString &text, const QColor &color);

//! "14:03" today, "Mon" this week, a short date otherwise.
QString shortTime(const QDateTime &when);

QColor mix(const QColor &a, const QColor &b, qreal amountOfB);

//! The application icon (resources/icons/tgic.svg, embedded as PNGs).
QIcon appIcon();

} // namespace look
} // namespace tgic::ui
