using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CodeTables.Tests.Tables;
using Xunit;

namespace CodeTables.Tests.Runtime;

/// <summary>
/// The common shape over this project's own tables (tables/*.csv, generated into CodeTables.Tests.Tables): one generic
/// method for every table, "code X in table Y" chosen at run time through the registry, and the named code constants.
/// Expected values come from the tables' sources: Q.850 17 is "User busy", FreeSWITCH USER_BUSY is Q.850 17, Natterbox
/// Trying + CALL_REJECTED is the agent's device rejecting the call.
/// </summary>
public class CommonShapeTests
{
    /// <summary>Written once, for any table: what a report prints for a raw code.</summary>
    private static string Describe<TEnum>(ICodeTable<TEnum> table, params string[] code)
        where TEnum : struct, Enum
        => table.TryFromCode(code, out var value)
            ? $"{table.EnumName}.{table.GetName(value)}: {table.ToOutcome(value)}, retry {table.IsRetryable(value)}, \"{table.GetDescription(value)}\""
            : $"{table.EnumName}: '{string.Join(", ", code)}' is not a code";

    [Fact]
    public void One_generic_method_serves_an_integer_a_string_and_a_composite_table()
    {
        Assert.Equal("Q850Cause.UserBusy: Busy, retry True, \"User busy\"", Describe(Q850CauseTable.Instance, "17"));
        Assert.Equal("FreeSwitchHangupCause.UserBusy: Busy, retry True, \"User busy\"", Describe(FreeSwitchHangupCauseTable.Instance, "USER_BUSY"));
        Assert.StartsWith("NatterboxMissedCall.TryingCallRejected: Rejected, ", Describe(NatterboxMissedCallTable.Instance, "Trying", "CALL_REJECTED"));
        Assert.Equal("Q850Cause: '017' is not a code", Describe(Q850CauseTable.Instance, "017"));
        Assert.Equal("NatterboxMissedCall: 'Trying' is not a code", Describe(NatterboxMissedCallTable.Instance, "Trying"));
    }

    [Fact]
    public void The_interface_gives_what_the_static_api_gives()
    {
        ICodeTable<Q850Cause> table = Q850CauseTable.Instance;
        Assert.Equal(Q850CauseExtensions.GetValues(), table.Values);
        foreach (var value in table.Values)
        {
            Assert.Equal(value.ToOutcome(), table.ToOutcome(value));
            Assert.Equal(value.IsRetryable(), table.IsRetryable(value));
            Assert.Equal(value.ToStringFast(), table.GetName(value));
            Assert.Equal(value.GetDescription(), table.GetDescription(value));
        }

        Assert.Equal("Q850Cause", table.EnumName);
        Assert.Equal(typeof(Q850Cause), table.EnumType);
        Assert.Equal("q850-cause.csv", table.FileName);
        Assert.Equal("ITU-T", table.Vendor);
        Assert.Equal(["Code"], table.KeyColumns);
        Assert.Equal(["MissedCallType", "HangupCause"], NatterboxMissedCallTable.Instance.KeyColumns);
        Assert.True(table.HasOutcomes);
    }

    [Theory]
    [InlineData("q850-cause.csv", new[] { "17" }, CallOutcome.Busy)]
    [InlineData("Q850CAUSE", new[] { "34" }, CallOutcome.Congestion)]
    [InlineData("freeswitch-hangup-cause", new[] { "NO_ANSWER" }, CallOutcome.NoAnswer)]
    [InlineData("Natterbox", new[] { "Trying", "CALL_REJECTED" }, CallOutcome.Rejected)]
    [InlineData("CodeTables.Tests.Tables.NatterboxMissedCall", new[] { "Trying", "ORIGINATOR_CANCEL" }, CallOutcome.Canceled)]
    [InlineData("q850-cause.csv", new[] { "9999" }, CallOutcome.Unknown)]
    [InlineData("q850-cause.csv", new[] { "17", "18" }, CallOutcome.Unknown)]
    [InlineData("freeswitch-hangup-cause", new[] { "user_busy" }, CallOutcome.Unknown)] // the vendor FreeSWITCH has two tables (the hangup causes and a decision table)
    public void Code_X_in_table_Y_both_chosen_at_run_time(string tableName, string[] code, CallOutcome expected)
    {
        var table = CodeTableRegistry.Find(tableName);
        Assert.NotNull(table);
        Assert.Equal(expected, table.Classify(code));
        Assert.Equal(expected != CallOutcome.Unknown, table.TryFind(code, out var entry));
        Assert.Equal(expected != CallOutcome.Unknown ? code : null, entry?.Code);
    }

    [Fact]
    public void Find_prefers_the_enum_name_then_the_file_then_the_vendor_and_never_guesses()
    {
        Assert.Same(Q850CauseTable.Instance, CodeTableRegistry.Find("Q850Cause"));
        Assert.Same(Q850CauseTable.Instance, CodeTableRegistry.Find("q850-cause"));
        Assert.Same(Q850CauseTable.Instance, CodeTableRegistry.Find("Q850-CAUSE.CSV"));
        Assert.Same(Q850CauseTable.Instance, CodeTableRegistry.Find("itu-t"));
        Assert.Null(CodeTableRegistry.Find("Puzzel")); // two Puzzel tables: no guess
        Assert.Equal(["PuzzelPreviewDiallerResult", "PuzzelResultResponse"], CodeTableRegistry.ForVendor("puzzel").Select(t => t.EnumName));
        Assert.Null(CodeTableRegistry.Find("q850"));
        Assert.Null(CodeTableRegistry.Find(""));
        Assert.Null(CodeTableRegistry.Find(null!));
    }

    [Fact]
    public void The_registry_lists_every_table_and_every_entry_round_trips_through_text()
    {
        var all = CodeTableRegistry.All;
        Assert.Equal(Enumerable.Range(0, all.Count).Select(i => all[i].EnumType.FullName).Order(StringComparer.Ordinal), all.Select(t => t.EnumType.FullName));
        Assert.Contains(all, t => t.EnumName == "HuaweiCecReleaseCause");
        Assert.Equal(Directory("tables").Length, all.Count);
        foreach (var table in all)
        {
            Assert.NotEmpty(table.Entries);
            Assert.Equal(table.Entries.Count, table.Entries.Select(e => e.Value).Distinct().Count());
            // A decision table's entry "code" is its rule's conditions (e.g. "*"), not inputs TryFind could take.
            var decision = table.EnumType.GetCustomAttribute<CodeTableAttribute>()?.Inputs is not null;
            foreach (var entry in table.Entries)
            {
                Assert.Equal(table.KeyColumns.Count, entry.Code.Count);
                Assert.Equal(entry.Value.ToString(), entry.Name);
                if (!decision)
                {
                    Assert.True(table.TryFind(entry.Code, out var found), $"{table}: {string.Join(",", entry.Code)}");
                    Assert.Same(entry, found);
                    Assert.Equal(table.HasOutcomes ? entry.Outcome : CallOutcome.Unknown, table.Classify(entry.Code));
                }
            }
        }
    }

    [Fact]
    public void Text_lookups_never_throw_and_take_integer_codes_only_in_canonical_form()
    {
        ICodeTable table = Q850CauseTable.Instance;
        Assert.False(table.TryFind(null!, out _));
        Assert.False(table.TryFind([], out _));
        Assert.False(table.TryFind([null!], out _));
        foreach (var text in new[] { "017", "+17", " 17", "17 ", "1 7", "-0", "", "-", "2147483648", "99999999999", "١٧" })
        {
            Assert.False(table.TryFind([text], out _), text);
        }

        Assert.True(table.TryFind(["17"], out var busy));
        Assert.Equal(Q850Cause.UserBusy, busy.Value);
        Assert.False(NatterboxMissedCallTable.Instance.TryFind(["Trying", null!], out _));
        Assert.Equal(CallOutcome.Unknown, FreeSwitchHangupCauseTable.Instance.Classify(null!));
    }

    [Fact]
    public void The_interface_path_allocates_nothing_per_call()
    {
        string[][] codes = [["17"], ["9999"], ["017"]];
        string[][] composite = [["Trying", "CALL_REJECTED"], ["Trying", "NOPE"]];
        var table = CodeTableRegistry.Find("q850-cause")!;
        var natterbox = CodeTableRegistry.Find("natterbox")!;
        Run(); // the first call builds the entries

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = Run();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        // Per round: 17 is Busy (twice: Classify and the entry), 9999, 017 and Trying+NOPE are Unknown (Classify only), Trying+CALL_REJECTED is Rejected (twice).
        Assert.Equal(1000 * ((2 * (int)CallOutcome.Busy) + (2 * (int)CallOutcome.Rejected) + (3 * (int)CallOutcome.Unknown)), sum);

        int Run()
        {
            var total = 0;
            for (var i = 0; i < 1000; i++)
            {
                foreach (var code in codes)
                {
                    total += (int)table.Classify(code) + (table.TryFind(code, out var entry) ? (int)entry.Outcome : 0);
                }

                foreach (var code in composite)
                {
                    total += (int)natterbox.Classify(code) + (natterbox.TryFind(code, out var entry) ? (int)entry.Outcome : 0);
                }
            }

            return total;
        }
    }

    [Fact]
    public void A_table_without_call_outcomes_says_so_and_classifies_nothing()
    {
        // The taxonomy itself: CallOutcome's Outcome column is a CallOutcomeCategory, not a CallOutcome.
        ICodeTable table = CallOutcomeTable.Instance;
        Assert.False(table.HasOutcomes);
        Assert.True(table.TryFind(["Busy"], out var busy));
        Assert.Equal(CallOutcome.Busy, busy.Value);
        Assert.Equal(CallOutcome.Unknown, busy.Outcome);
        Assert.True(busy.IsRetryable);
        Assert.Equal(CallOutcome.Unknown, table.Classify(["Busy"]));
    }

    [Fact]
    public void Codes_are_constants_for_case_labels_patterns_and_attribute_arguments()
    {
        Assert.Equal("busy", Label(17));
        Assert.Equal("no answer", Label(19));
        Assert.Equal(17, Q850CauseCodes.UserBusy);
        Assert.Equal("USER_BUSY", FreeSwitchHangupCauseCodes.UserBusy);
        Assert.Equal("Trying", NatterboxMissedCallCodes.TryingCallRejected.MissedCallType);
        Assert.Equal("CALL_REJECTED", NatterboxMissedCallCodes.TryingCallRejected.HangupCause);
        Assert.True(IsRejectedWhileTrying("Trying", "CALL_REJECTED"));
        Assert.False(IsRejectedWhileTrying("Ringing", "CALL_REJECTED"));

        static string Label(int cause) => cause switch
        {
            Q850CauseCodes.UserBusy => "busy",
            Q850CauseCodes.NoAnswer => "no answer",
            _ => "other",
        };

        static bool IsRejectedWhileTrying(string type, string cause)
            => (type, cause) is (NatterboxMissedCallCodes.TryingCallRejected.MissedCallType, NatterboxMissedCallCodes.TryingCallRejected.HangupCause);
    }

    [Theory]
    [InlineData(FreeSwitchHangupCauseCodes.NoAnswer, CallOutcome.NoAnswer)]
    [InlineData(FreeSwitchHangupCauseCodes.UserBusy, CallOutcome.Busy)]
    public void A_code_constant_is_an_attribute_argument(string code, CallOutcome expected)
        => Assert.Equal(expected, FreeSwitchHangupCauseExtensions.Classify(code));

    private static string[] Directory(string folder)
        => System.IO.Directory.GetFiles(System.IO.Path.Combine(Harness.RepositoryPaths.Root, folder), "*.csv");
}
