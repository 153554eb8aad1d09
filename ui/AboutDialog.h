// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace tgic::ui {

//! Help → About: the version (the CMake project version), the Qt version it runs on and was
//! built with, the licence, and where to find the project, the API documentation and the logs.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace tgic::ui
