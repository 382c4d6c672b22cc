using System;
using System.Collections.Generic;
using CallOutcomeReport.Tables;

namespace CallOutcomeReport;

/// <summary>
/// The vendor -> code table mapping: the only place that knows which generated table classifies which vendor's
/// codes. Every lookup goes through the generated <c>TryFromCode</c>; no code is hand-written here.
/// </summary>
internal static class VendorTables
{
    /// <summary>Every vendor kind the export may name, in report order.</summary>
    public static IReadOnlyList<VendorTable> All { get; } = Number(
    [
        VendorTable.StringCodes<NiceCxoneRefusalReason>(
            "nice", "code = refusal reason, e.g. Bad Number",
            NiceCxoneRefusalReasonExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.CompositeCodes<NatterboxMissedCall>(
            "natterbox", Code2Use.Optional, "code = missed call type, code2 = hangup cause (may be empty)",
            NatterboxMissedCallExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.IntCodes<HuaweiCecReleaseCause>(
            "huawei", "code = release cause, e.g. 603",
            HuaweiCecReleaseCauseExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.StringCodes<IssabelCallStatus>(
            "issabel", "code = call status, e.g. No Answer",
            IssabelCallStatusExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.IntCodes<AsteriskOriginateReason>(
            "asterisk", "code = AMI Originate Reason, e.g. 5",
            AsteriskOriginateReasonExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.CompositeCodes<PuzzelPreviewDiallerResult>(
            "puzzel", Code2Use.Required, "code = event type (conversation or queue), code2 = result letter",
            PuzzelPreviewDiallerResultExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.IntCodes<PuzzelResultResponse>(
            "puzzel-response", "code = result_response, e.g. 404",
            PuzzelResultResponseExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.IntCodes<Q850Cause>(
            "q850", "code = Q.850 cause value, e.g. 17",
            Q850CauseExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
        VendorTable.StringCodes<FreeSwitchHangupCause>(
            "freeswitch", "code = hangup cause name, e.g. USER_BUSY",
            FreeSwitchHangupCauseExtensions.TryFromCode, e => e.ToOutcome(), e => e.IsRetryable(), e => e.ToStringFast()),
    ]);

    /// <summary>Finds a vendor kind by the export's <c>vendor</c> value (case-insensitive).</summary>
    /// <param name="key">The <c>vendor</c> field.</param>
    /// <returns>The vendor kind, or null when the export names a vendor this sample does not know.</returns>
    public static VendorTable? Find(string key) => ByKey.TryGetValue(key, out VendorTable? table) ? table : null;

    private static readonly Dictionary<string, VendorTable> ByKey = BuildIndex();

    private static Dictionary<string, VendorTable> BuildIndex()
    {
        var index = new Dictionary<string, VendorTable>(StringComparer.OrdinalIgnoreCase);
        foreach (VendorTable table in All)
        {
            index.Add(table.Key, table);
        }

        return index;
    }

    private static VendorTable[] Number(VendorTable[] tables)
    {
        for (int i = 0; i < tables.Length; i++)
        {
            tables[i].Index = i;
        }

        return tables;
    }
}
