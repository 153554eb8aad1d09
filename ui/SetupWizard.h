// SPDX-License-Identifier: MIT
#pragma once

#include <QWizard>

namespace tgic::ui {

class TokenForm;

//! First run: what the app does, then the two tokens and the region with "Test connection".
//! The wizard only collects; the caller stores the tokens in the keychain.
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(QWidget *parent = nullptr);

    TokenForm *tokenForm() const { return m_form; }
    //! Learnt by a successful test; empty otherwise.
    QString intercomAppId() const { return m_appId; }

private:
    TokenForm *m_form;
    QString m_appId;
};

} // namespace tgic::ui
