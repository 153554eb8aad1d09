// SPDX-License-Identifier: MIT
#pragma once

#include "MappingTools.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace tgic::ui {

class ContactPicker;

//! Relink a Telegram user to another Intercom contact, found by searching Intercom as you type.
//! The anchor moves with it (one Telegram ID, one contact), so the link survives a lost cache.
class RelinkDialog final : public QDialog
{
    Q_OBJECT

public:
    RelinkDialog(models::MappingTools *tools, qint64 telegramUserId, const QString &customer,
        const QString &currentContactId, QWidget *parent = nullptr);

    ContactPicker *picker() const { return m_picker; }
    QPushButton *relinkButton() const { return m_relink; }
    //! Start with a search for `text`, picking the first hit.
    void search(const QString &text);

Q_SIGNALS:
    //! Relinked: the outcome in words.
    void relinked(const QString &message);

private:
    void relink();
    void updateButton();

    QPointer<models::MappingTools> m_tools;
    qint64 m_telegramUserId;
    QString m_currentContactId;
    ContactPicker *m_picker;
    QLabel *m_result;
    QPushButton *m_relink;
    bool m_busy = false;
};

} // namespace tgic::ui
