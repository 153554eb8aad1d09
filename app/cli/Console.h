// SPDX-License-Identifier: MIT
#pragma once

#include <QTextStream>

namespace tgic::cli {

//! The CLI's one stream per standard channel: two QTextStreams on the same stdout would buffer
//! separately and interleave their output out of order.
QTextStream &out();
QTextStream &err();

} // namespace tgic::cli
