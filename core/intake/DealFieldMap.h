#pragma once

#include "core/intake/ColumnMap.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace lr {

/// Maps the column headers of another CRM's deal export to LeadRelay's deal fields
/// (`external_id, title, owner, company, person_email, stage, status, value, currency, engaged_at,
/// closed_at, expected_close, product, lost_reason`). Recognises, case-insensitively and ignoring
/// punctuation, HubSpot ("Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner", "Record
/// ID"), Pipedrive ("Deal - Title", "Deal - Value", "Deal - Organization", "Deal - Won time",
/// "Person - Email") and Salesforce ("Opportunity Name", "Account Name", "Opportunity Owner",
/// "Loss Reason") spellings. Explicit `--map "Header=field"` entries win.
class DealFieldMap final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DealFieldMap)

public:
    static const QString ExternalId, Title, Owner, Company, PersonEmail, Stage, Status, Value, Currency, EngagedAt,
        ClosedAt, ExpectedClose, Product, LostReason;

    /// The fields a column can map to, in display order.
    static const QStringList &fields();
    /// The field a header is recognised as, or empty.
    static QString recognise(const QString &header);
    /// Builds the map; an override naming an unknown field fails (translated message in `error`),
    /// as does a file with neither a title, a company nor an external id column.
    static ColumnMap build(const QStringList &headers, const QHash<QString, QString> &overrides, QString *error);
};

} // namespace lr
