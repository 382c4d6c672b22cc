using System;
using CodeTables;

namespace CallOutcomeReport;

/// <summary>A dialled number whose latest event advises a retry.</summary>
/// <param name="Number">The number as written in the export.</param>
/// <param name="Attempts">How many events the export has for it.</param>
/// <param name="LastOutcome">The latest event's outcome.</param>
/// <param name="LastVendor">The latest event's vendor kind.</param>
/// <param name="LastTime">The latest event's timestamp.</param>
internal sealed record RetryNumber(string Number, long Attempts, CallOutcome LastOutcome, VendorTable LastVendor, DateTimeOffset LastTime);
