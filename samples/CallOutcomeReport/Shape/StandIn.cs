// TEMPORARY stand-in for the common table shape of issue #14 (item 1), which h14a builds in the runtime and the
// generator. The coordinator deletes this file when merging the real one; the rest of the sample uses only the API
// below. It adapts today's generated extension methods, called once per member through reflection at start-up.
#pragma warning disable CS1591 // temporary: the real interfaces carry their docs
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CodeTables
{
    public interface ICodeTable
    {
        string EnumName { get; } Type EnumType { get; } string FileName { get; } string? Vendor { get; }
        IReadOnlyList<string> KeyColumns { get; } bool HasOutcomes { get; } IReadOnlyList<ICodeTableEntry> Entries { get; }
        bool TryFind(IReadOnlyList<string> code, out ICodeTableEntry entry);
        CallOutcome Classify(IReadOnlyList<string> code);
    }

    public interface ICodeTableEntry
    {
        Enum Value { get; } string Name { get; } IReadOnlyList<string> Code { get; } CallOutcome Outcome { get; } bool IsRetryable { get; } string Description { get; }
    }

    public interface ICodeTable<TEnum> : ICodeTable where TEnum : struct, Enum { }
}

namespace CallOutcomeReport.Tables
{
    using CodeTables;

    public static class CodeTableRegistry
    {
        public static IReadOnlyList<ICodeTable> All { get; } = typeof(CodeTableRegistry).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.GetCustomAttribute<CodeTableAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (ICodeTable)new StandInTable(t)).ToArray();

        public static ICodeTable? Find(string nameFileOrVendor) => All.FirstOrDefault(t =>
            new[] { t.EnumName, t.FileName, t.Vendor }.Contains(nameFileOrVendor, StringComparer.OrdinalIgnoreCase));
    }

    internal sealed record StandInEntry(Enum Value, string Name, IReadOnlyList<string> Code, CallOutcome Outcome,
        bool IsRetryable, string Description) : ICodeTableEntry;

    internal sealed class StandInTable : ICodeTable
    {
        private readonly Dictionary<string, ICodeTableEntry> byCode = new(StringComparer.Ordinal);

        public StandInTable(Type enumType)
        {
            EnumType = enumType;
            (FileName, Vendor) = (enumType.GetCustomAttribute<CodeTableAttribute>()!.File, enumType.GetCustomAttribute<CodeTableAttribute>()!.Vendor);
            Type ext = enumType.Assembly.GetType(enumType.FullName + "Extensions")!;
            object? Call(string name, params object[] args) =>
                ext.GetMethod(name, args.Select(a => a.GetType()).ToArray())!.Invoke(null, args);
            KeyColumns = ext.GetMethods().First(m => m.Name == "TryFromCode").GetParameters().SkipLast(1).Select(p => p.Name!).ToArray();
            var entries = new List<ICodeTableEntry>();
            foreach (Enum value in (System.Collections.IEnumerable)Call("GetValues")!)
            {
                object code = Call("ToCode", value)!;
                string[] parts = code is ITuple t
                    ? Enumerable.Range(0, t.Length).Select(i => (string)t[i]!).ToArray()
                    : [Convert.ToString(code, CultureInfo.InvariantCulture)!];
                entries.Add(new StandInEntry(value, (string)Call("ToStringFast", value)!, parts,
                    (CallOutcome)Call("ToOutcome", value)!, (bool)Call("IsRetryable", value)!, (string)Call("GetDescription", value)!));
                byCode[string.Join('\u001f', parts)] = entries[^1];
            }

            Entries = entries;
        }

        public string EnumName => EnumType.Name;
        public Type EnumType { get; }
        public string FileName { get; }
        public string? Vendor { get; }
        public IReadOnlyList<string> KeyColumns { get; }
        public bool HasOutcomes => true;
        public IReadOnlyList<ICodeTableEntry> Entries { get; }

        public bool TryFind(IReadOnlyList<string> code, out ICodeTableEntry entry) => byCode.TryGetValue(string.Join('\u001f', code), out entry!);

        public CallOutcome Classify(IReadOnlyList<string> code) => TryFind(code, out ICodeTableEntry e) ? e.Outcome : CallOutcome.Unknown;
    }
}
