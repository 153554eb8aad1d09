// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QAbstractItemView;

namespace tgic::ui {

//! A tooltip's text as plain text: Qt shows a tooltip that merely looks like HTML ("<b>Boss</b>",
//! a customer's chosen name) as rich text. This escapes it, line breaks kept.
QString plainToolTip(const QString &text);

//! The view's item tooltips (Qt::ToolTipRole: customers' names, messages) are shown as plain
//! text, never interpreted as HTML.
void showToolTipsAsPlainText(QAbstractItemView *view);

} // namespace tgic::ui
