// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace tgic::ui {

class TokenForm;

//! Change the tokens or the region later. Empty token fields keep the stored tokens; "Forget
//! tokens" removes both from the keychain (the caller does it on accept).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    TokenForm *tokenForm() const { return m_form; }
    bool forgetRequested() const { return m_forget; }

private:
    TokenForm *m_form;
    bool m_forget = false;
};

} // namespace tgic::ui
