using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;

namespace CodeTables.Generator.Emit
{
    /// <summary>
    /// Stage 3: writes the enum and its extension class for a validated table.
    /// Every name is global::-qualified, every cell goes through <see cref="Literals"/>, and the output
    /// depends only on the model, so the same table always gives byte-identical source.
    /// </summary>
    internal sealed class TableEmitter
    {
        private static readonly string GeneratorVersion = typeof(TableEmitter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

        /// <summary>On the array lookups: a few instructions, worth inlining into the caller's loop (docs/benchmarks.md).</summary>
        private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        private static readonly string GeneratedCodeAttribute = $"[global::System.CodeDom.Compiler.GeneratedCode(\"CodeTables\", \"{GeneratorVersion}\")]";

        private readonly TableModel _table;
        private readonly OutcomeTypeInfo? _outcome;
        private readonly bool _spans;
        private readonly ReferenceEmitter _referenceEmitter;
        private readonly SourceWriter _w;
        private readonly string _type;
        private readonly string _fileLiteral;

        /// <summary>
        /// The members by <c>value - _first</c> (null for a value that is not a member) when the values are dense
        /// enough for the per-member lookups to be array reads; null when they keep switches. See <see cref="Slots"/>.
        /// </summary>
        private readonly TableMember?[]? _slots;
        private readonly int _first;
        private readonly bool _holes;

        /// <summary>The arrays the lookups read, written at the end of the class: name, element type, value per member, value of a gap.</summary>
        private readonly List<(string Name, string ElementType, System.Func<TableMember, string> Value, string Hole)> _arrays = new();

        private TableEmitter(EmitModel model)
        {
            _table = model.Table;
            _outcome = model.Outcome;
            _spans = model.EmitSpanOverloads;
            _w = new SourceWriter(4096 + (_table.Members.Count * 900));
            _type = "global::" + (_table.Namespace.Length == 0 ? string.Empty : _table.Namespace + ".") + Identifiers.Escape(_table.EnumName);
            _fileLiteral = Literals.String(_table.FileName);
            _slots = Slots(_table, out _first);
            _holes = _slots is not null && _slots.Any(m => m is null);
            _referenceEmitter = new ReferenceEmitter(_w, model, _type);
        }

        /// <summary>
        /// Integer tables whose codes span at most this many values per member (or <see cref="DenseMinimumSpan"/>)
        /// get array lookups: Huawei's 112 codes over 80..1077 do, a table of codes 1 and 404 keeps its switches.
        /// </summary>
        internal const int DenseSpanPerMember = 16;

        internal const int DenseMinimumSpan = 64;

        /// <summary>
        /// Lays the members out by value for array lookups, or returns null to keep switches. A switch over many
        /// values is lowered to a binary search of jump tables with an indirect, mispredicted branch per call; a
        /// static readonly array indexed by <c>value - first</c> is one bounds-checked load (docs/benchmarks.md).
        /// String and composite members are numbered 1..N, so they are always dense; integer codes are dense when
        /// their span is small for the number of members.
        /// </summary>
        private static TableMember?[]? Slots(TableModel table, out int first)
        {
            first = 0;
            var members = table.Members;
            if (members.Count == 0)
            {
                return null;
            }

            first = members.Min(m => m.Value);
            var span = (long)members.Max(m => m.Value) - first + 1;
            if (span > System.Math.Max(DenseMinimumSpan, (long)DenseSpanPerMember * members.Count))
            {
                return null;
            }

            var slots = new TableMember?[span];
            foreach (var member in members)
            {
                if (slots[member.Value - first] is not null)
                {
                    return null; // never for a validated table (duplicate codes are CT0006), but a switch would not compile either way
                }

                slots[member.Value - first] = member;
            }

            return slots;
        }

        /// <summary>The slot index of an int expression, unchecked so that no value throws under checked arithmetic.</summary>
        private string Offset(string intExpression)
            => _first == 0
                ? $"unchecked((uint){intExpression})"
                : $"unchecked((uint)({intExpression} - {(_first < 0 ? "(" + CodeSyntax.Format(_first) + ")" : CodeSyntax.Format(_first))}))";

        public static string HintName(TableModel table) => table.FullTypeName + ".g.cs";

        public static string Emit(EmitModel model) => new TableEmitter(model).Write();

        private string OutcomeType => "global::" + _table.OutcomeType;

        private string Member(TableMember member) => _type + "." + Identifiers.Escape(member.Name);

        private string Write()
        {
            _w.Line("// <auto-generated/>");
            _w.Line("// Generated by CodeTables from " + Literals.Doc(_table.FileName) + ". Edit the table, not this file.");
            _w.Line("#nullable enable");
            _w.Line();
            var hasNamespace = _table.Namespace.Length > 0;
            if (hasNamespace)
            {
                _w.Open("namespace " + _table.Namespace);
            }

            WriteEnum();
            _w.Line();
            WriteExtensions();
            TableDescriptorEmitter.Write(_w, _table, _outcome);

            if (hasNamespace)
            {
                _w.Close();
            }

            return _w.ToString();
        }

        private void WriteEnum()
        {
            _w.Line("/// <summary>");
            var summary = _table.Summary ?? DefaultSummary();
            foreach (var line in Literals.DocLines(summary))
            {
                _w.Line("/// " + line);
            }

            _w.Line("/// </summary>");
            _w.Line("/// <remarks>");
            if (_table.Vendor is not null)
            {
                _w.Line("/// <para>Vendor: " + Literals.Doc(_table.Vendor) + ".</para>");
            }

            if (_table.Source is not null)
            {
                _w.Line("/// <para>Source: " + Literals.Doc(_table.Source) + ".</para>");
            }

            _w.Line($"/// <para>Generated from the code table <c>{Literals.Doc(_table.FileName)}</c> ({_table.Members.Count} codes). Look codes up with <see cref=\"{Identifiers.Escape(_table.EnumName)}Extensions\"/>.</para>");
            _w.Line("/// </remarks>");

            var attribute = "[global::CodeTables.CodeTable(" + _fileLiteral;
            if (_table.Vendor is not null)
            {
                attribute += ", Vendor = " + Literals.String(_table.Vendor);
            }

            if (_table.Source is not null)
            {
                attribute += ", Source = " + Literals.String(_table.Source);
            }

            if (_table.OutcomeType is not null)
            {
                attribute += ", OutcomeType = typeof(" + OutcomeType + ")";
            }

            if (_table.Kind == CodeKind.Composite)
            {
                attribute += ", KeyColumns = new[] { " + string.Join(", ", _table.KeyColumns.Select(Literals.String)) + " }";
            }

            _w.Line(attribute + ")]");
            _w.Line(GeneratedCodeAttribute);
            _w.Open("public enum " + Identifiers.Escape(_table.EnumName));
            foreach (var member in _table.Members)
            {
                WriteMemberDocs(member);
                WriteMemberAttribute(member);
                _w.Line(Identifiers.Escape(member.Name) + " = " + CodeSyntax.Format(member.Value) + ",");
            }

            _w.Close();
        }

        /// <summary>The member's code and outcome as metadata, for the analyzers (integer codes are the value itself).</summary>
        private void WriteMemberAttribute(TableMember member)
        {
            var arguments = new List<string>();
            if (_table.Kind != CodeKind.Integer)
            {
                arguments.AddRange(member.Key.Select(Literals.String));
            }

            if (member.Outcome is not null)
            {
                arguments.Add("Outcome = " + OutcomeType + "." + Identifiers.Escape(OutcomeName(member)));
            }

            if (arguments.Count > 0)
            {
                _w.Line("[global::CodeTables.CodeTableMember(" + string.Join(", ", arguments) + ")]");
            }
        }

        private static string OutcomeName(TableMember member) => member.Outcome!.Length == 0 ? "Unknown" : member.Outcome!;

        private string DefaultSummary()
        {
            var summary = "Codes of the table " + _table.FileName;
            if (_table.Vendor is not null)
            {
                summary = _table.Vendor + " codes (" + _table.FileName + ")";
            }

            return summary + ".";
        }

        private void WriteMemberDocs(TableMember member)
        {
            _w.Line("/// <summary>");
            var description = Literals.DocLines(member.Description);
            if (description.Length == 0)
            {
                _w.Line("/// Code <c>" + Literals.Doc(DisplayCode(member)) + "</c>.");
            }

            foreach (var line in description)
            {
                _w.Line("/// " + line);
            }

            _w.Line("/// </summary>");
            _w.Line("/// <remarks>");
            var code = "/// <para>Code: <c>" + Literals.Doc(DisplayCode(member)) + "</c>";
            if (member.Range is not null)
            {
                code += " (one of the range <c>" + Literals.Doc(member.Range) + "</c>)";
            }

            _w.Line(code + ".</para>");
            if (member.Outcome is not null)
            {
                _w.Line($"/// <para>Outcome: <see cref=\"{OutcomeType}.{Identifiers.Escape(OutcomeName(member))}\"/>.</para>");
            }

            _w.Line("/// <para>Retry: " + RetryText(member) + ".</para>");
            for (var i = 0; i < _table.ExtraColumns.Count; i++)
            {
                var lines = Literals.DocLines(member.Extra[i]);
                if (lines.Length == 0)
                {
                    continue;
                }

                _w.Line("/// <para>" + Literals.Doc(_table.ExtraColumns[i]) + ": " + lines[0] + (lines.Length == 1 ? "</para>" : string.Empty));
                for (var j = 1; j < lines.Length; j++)
                {
                    _w.Line("/// " + lines[j] + (j == lines.Length - 1 ? "</para>" : string.Empty));
                }
            }

            _referenceEmitter.WriteRemarks(member);
            _w.Line("/// </remarks>");
        }

        private string RetryText(TableMember member) => member.Retry switch
        {
            true => "yes",
            false => "no",
            null when _outcome?.IsCodeTable == true => "the outcome's default advice",
            _ => "no",
        };

        private string DisplayCode(TableMember member) => _table.Kind switch
        {
            CodeKind.Composite => string.Join(", ", member.Key.Select((k, i) => _table.KeyColumns[i] + " = \"" + k + "\"")),
            CodeKind.String => "\"" + member.Key[0] + "\"",
            _ => member.Key[0],
        };

        private void WriteExtensions()
        {
            var name = Identifiers.Escape(_table.EnumName);
            _w.Line($"/// <summary>Lookups and classification for <see cref=\"{name}\"/>, generated from <c>{Literals.Doc(_table.FileName)}</c>. Switches and static arrays: no reflection, no allocation.</summary>");
            _w.Line(GeneratedCodeAttribute);
            _w.Open($"public static partial class {_table.EnumName}Extensions");

            switch (_table.Kind)
            {
                case CodeKind.Integer:
                    WriteIntegerLookups();
                    break;
                case CodeKind.String:
                    WriteStringLookups("string?", string.Empty);
                    if (_spans)
                    {
                        WriteStringLookups("global::System.ReadOnlySpan<char>", ".ToString()");
                    }

                    break;
                default:
                    WriteCompositeLookups();
                    break;
            }

            WriteToCode();
            if (_outcome is not null)
            {
                WriteToOutcome();
            }

            WriteIsRetryable();
            _referenceEmitter.WriteAccessors();
            WriteValueLookup("/// <summary>Returns the vendor's description of a code (the table's Description cell, exactly); empty for a value that is not a member.</summary>", "string", "GetDescription", "s_descriptions", m => Literals.String(m.Description), "return string.Empty");
            WriteValueLookup("/// <summary>Returns the member's name, without reflection or allocation.</summary>", "string", "ToStringFast", "s_names", m => Literals.String(m.Name), "return value.ToString()");
            WriteIsDefinedAndValues();
            if (_slots is not null)
            {
                WriteArrays();
            }

            _w.Close();
        }

        private void WriteIntegerLookups()
        {
            WriteTryFromCodeDocs("<param name=\"code\">The raw code.</param>");
            if (_slots is not null)
            {
                _w.Line(Inline);
                _w.Open($"public static bool TryFromCode(int code, out {_type} value)");
                _w.Line("var offset = " + Offset("code") + ";");
                _w.Open("if (" + IsMemberSlot("offset") + ")");
                _w.Line($"value = ({_type})code;");
                _w.Line("return true;");
                _w.Close();
                _w.Line();
                _w.Line("value = default;");
                _w.Line("return false;");
                _w.Close();
                _w.Line();
                WriteFromCodeAndClassify("int code", "code", "code.ToString(global::System.Globalization.CultureInfo.InvariantCulture)");
                return;
            }

            _w.Open($"public static bool TryFromCode(int code, out {_type} value)");
            _w.Open("switch (code)");
            foreach (var member in _table.Members)
            {
                _w.Line("case " + CodeSyntax.Format(member.Value) + ":");
            }

            if (_table.Members.Count > 0)
            {
                _w.Line($"    value = ({_type})code;");
                _w.Line("    return true;");
            }

            WriteNotFoundAndClose();
            WriteFromCodeAndClassify("int code", "code", "code.ToString(global::System.Globalization.CultureInfo.InvariantCulture)");
        }

        /// <summary>Ends a TryFromCode switch: any other code is not in the table.</summary>
        private void WriteNotFoundAndClose()
        {
            _w.Line("default:");
            _w.Line("    value = default;");
            _w.Line("    return false;");
            _w.Close();
            _w.Close();
            _w.Line();
        }

        private void WriteStringLookups(string parameterType, string toText)
        {
            WriteTryFromCodeDocs("<param name=\"code\">The raw code, matched exactly (ordinal).</param>");
            _w.Open($"public static bool TryFromCode({parameterType} code, out {_type} value)");
            _w.Open("switch (code)");
            foreach (var member in _table.Members)
            {
                _w.Line("case " + Literals.String(member.Key[0]) + ":");
                _w.Line("    value = " + Member(member) + ";");
                _w.Line("    return true;");
            }

            WriteNotFoundAndClose();
            WriteFromCodeAndClassify(parameterType + " code", "code", "code" + toText);
        }

        private void WriteCompositeLookups()
        {
            var parameters = KeyParameters();
            var parameterDocs = string.Join(" ", parameters.Select((p, i) => $"<param name=\"{Identifiers.Unescape(p)}\">The {Literals.Doc(_table.KeyColumns[i])} part of the code, matched exactly (ordinal).</param>"));
            WriteTryFromCodeDocs(parameterDocs);
            var signature = string.Join(", ", parameters.Select(p => "string? " + p));
            _w.Open($"public static bool TryFromCode({signature}, out {_type} value)");

            // One switch over the tuple of parts: the compiler's lowering of tuple patterns beat a nested switch per
            // key column (docs/benchmarks.md). Members are numbered from 1, so default is "not found".
            var tuple = parameters.Length == 1 ? parameters[0] : "(" + string.Join(", ", parameters) + ")";
            _w.Line($"value = {tuple} switch");
            _w.Open();
            foreach (var member in _table.Members)
            {
                var key = string.Join(", ", member.Key.Select(Literals.String));
                _w.Line((parameters.Length == 1 ? key : "(" + key + ")") + " => " + Member(member) + ",");
            }

            _w.Line("_ => default,");
            _w.Close("};");
            _w.Line("return value != default;");
            _w.Close();
            _w.Line();
            var text = string.Join(" + \", \" + ", parameters.Select(p => p + " ?? \"null\""));
            WriteFromCodeAndClassify(signature, string.Join(", ", parameters), "(" + text + ")");
        }

        private string[] KeyParameters()
        {
            var names = new List<string>();
            foreach (var column in _table.KeyColumns)
            {
                var name = Identifiers.CamelCase(column);
                if (name == "value")
                {
                    name = "valueKey";
                }

                var unique = name;
                for (var n = 2; names.Contains(Identifiers.Escape(unique)); n++)
                {
                    unique = name + n;
                }

                names.Add(Identifiers.Escape(unique));
            }

            return names.ToArray();
        }

        private string[] TupleElementNames()
        {
            var names = new List<string>();
            foreach (var column in _table.KeyColumns)
            {
                var name = Identifiers.MemberNameFor(column);
                name = name.Length == 0 || name.StartsWith("Item", System.StringComparison.Ordinal) || name == "Rest" ? "Key" + (names.Count + 1) : name;
                while (names.Contains(name))
                {
                    name += "_";
                }

                names.Add(name);
            }

            return names.ToArray();
        }

        private void WriteTryFromCodeDocs(string parameterDocs)
        {
            _w.Line($"/// <summary>Finds the member for a raw code. Never throws; a code that is not in the table, or null, gives false.</summary>");
            _w.Line("/// " + parameterDocs);
            _w.Line("/// <param name=\"value\">The member, or <see langword=\"default\"/> when the code is not in the table.</param>");
            _w.Line("/// <returns><see langword=\"true\"/> when the code is in the table.</returns>");
        }

        private void WriteFromCodeAndClassify(string signature, string arguments, string codeText)
        {
            var firstParameter = arguments.Split(',')[0].Trim();
            _w.Line("/// <summary>The member for a raw code.</summary>");
            _w.Line($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The code is not in the table <c>{Literals.Doc(_table.FileName)}</c>.</exception>");
            _w.Open($"public static {_type} FromCode({signature.Replace("?", string.Empty)})");
            _w.Line($"if (TryFromCode({arguments}, out var value))");
            _w.Line("{");
            _w.Line("    return value;");
            _w.Line("}");
            _w.Line();
            _w.Line($"throw new global::System.ArgumentOutOfRangeException(nameof({Identifiers.Unescape(firstParameter)}), \"'\" + {codeText} + \"' is not a code of the table \" + {_fileLiteral} + \" ({Identifiers.Escape(_table.EnumName)}).\");");
            _w.Close();
            _w.Line();

            if (_outcome is null)
            {
                return;
            }

            _w.Line("/// <summary>Classifies a raw code: the outcome of its member, or Unknown when the code is not in the table.</summary>");
            if (_slots is not null && _table.Kind == CodeKind.Integer)
            {
                // One read: the outcome array holds Unknown for the codes between members.
                _w.Line(Inline);
                _w.Open($"public static {OutcomeType} Classify({signature})");
                _w.Line("var offset = " + Offset("code") + ";");
                _w.Line($"return offset < (uint)s_outcomes.Length ? s_outcomes[offset] : {UnknownOutcome()};");
                _w.Close();
                _w.Line();
                return;
            }

            _w.Line($"public static {OutcomeType} Classify({signature}) => TryFromCode({arguments}, out var value) ? ToOutcome(value) : {UnknownOutcome()};");
            _w.Line();
        }

        private string UnknownOutcome() => _outcome!.Members.Contains("Unknown") ? OutcomeType + ".Unknown" : "default";

        private void WriteToCode()
        {
            switch (_table.Kind)
            {
                case CodeKind.Integer:
                    _w.Line("/// <summary>The raw code of a member (its value).</summary>");
                    _w.Line($"public static int ToCode(this {_type} value) => (int)value;");
                    _w.Line();
                    return;
                case CodeKind.String:
                    WriteValueLookup("/// <summary>The raw code of a member, exactly as the table writes it.</summary>", "string", "ToCode", "s_codes", m => Literals.String(m.Key[0]), ThrowNotAMember());
                    return;
                default:
                    var elements = TupleElementNames();
                    var tuple = "(" + string.Join(", ", elements.Select(e => "string " + e)) + ")";
                    WriteValueLookup(
                        "/// <summary>The raw code of a member: its key parts, exactly as the table writes them.</summary>",
                        tuple,
                        "ToCode",
                        "s_codes",
                        m => "(" + string.Join(", ", m.Key.Select(Literals.String)) + ")",
                        ThrowNotAMember());
                    return;
            }
        }

        private string ThrowNotAMember()
            => $"throw new global::System.ArgumentOutOfRangeException(nameof(value), \"'\" + value.ToString() + \"' is not a member of {Identifiers.Escape(_table.EnumName)}.\")";

        private void WriteToOutcome()
        {
            _w.Line("/// <summary>The outcome the table gives a member; Unknown for a value that is not a member.</summary>");
            if (_slots is not null)
            {
                _w.Line(Inline);
                _w.Open($"public static {OutcomeType} ToOutcome(this {_type} value)");
                // A gap between integer codes holds Unknown, the answer for a value that is not a member.
                _arrays.Add(("s_outcomes", OutcomeType, m => OutcomeType + "." + Identifiers.Escape(OutcomeName(m)), UnknownOutcome()));
                _w.Line("var offset = " + Offset("(int)value") + ";");
                _w.Line($"return offset < (uint)s_outcomes.Length ? s_outcomes[offset] : {UnknownOutcome()};");
                _w.Close();
                _w.Line();
                return;
            }

            _w.Open($"public static {OutcomeType} ToOutcome(this {_type} value)");
            _w.Open("switch (value)");
            foreach (var group in _table.Members.GroupBy(OutcomeName))
            {
                foreach (var member in group)
                {
                    _w.Line("case " + Member(member) + ":");
                }

                _w.Line("    return " + OutcomeType + "." + Identifiers.Escape(group.Key) + ";");
            }

            _w.Line("default:");
            _w.Line("    return " + UnknownOutcome() + ";");
            _w.Close();
            _w.Close();
            _w.Line();
        }

        private void WriteIsRetryable()
        {
            var fallback = _outcome?.IsCodeTable == true
                ? "global::" + OutcomeExtensionsClass() + ".IsRetryable(ToOutcome(value))"
                : "false";
            _w.Line("/// <summary>Whether a call that ended with this code is worth retrying: the table's Retry cell, else the outcome's default advice.</summary>");
            _w.Open($"public static bool IsRetryable(this {_type} value)");
            _w.Open("switch (value)");
            foreach (var answer in new[] { true, false })
            {
                var members = _table.Members.Where(m => m.Retry == answer).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                foreach (var member in members)
                {
                    _w.Line("case " + Member(member) + ":");
                }

                _w.Line(answer ? "    return true;" : "    return false;");
            }

            _w.Line("default:");
            _w.Line("    return " + fallback + ";");
            _w.Close();
            _w.Close();
            _w.Line();
        }

        private string OutcomeExtensionsClass()
        {
            var name = _table.OutcomeType!;
            var dot = name.LastIndexOf('.');
            return dot < 0 ? name + "Extensions" : name.Substring(0, dot + 1) + Identifiers.Escape(name.Substring(dot + 1)) + "Extensions";
        }

        /// <summary>
        /// An extension method that returns a value per member: an array read when the members are dense
        /// (<see cref="_slots"/>), else a switch. The arrays are written by <see cref="WriteArrays"/>.
        /// </summary>
        private void WriteValueLookup(string docs, string returnType, string method, string array, System.Func<TableMember, string> result, string fallbackStatement)
        {
            if (_slots is null)
            {
                WriteValueSwitch(docs, returnType, method, result, fallbackStatement);
                return;
            }

            // A gap between integer codes holds null: the member test and the read are one load.
            _arrays.Add((array, _holes ? returnType + "?" : returnType, result, "null"));
            _w.Line(docs);
            _w.Line(Inline);
            _w.Open($"public static {returnType} {method}(this {_type} value)");
            _w.Line("var offset = " + Offset("(int)value") + ";");
            _w.Open(_holes
                ? $"if (offset < (uint){array}.Length && {array}[offset] is {{ }} result)"
                : $"if (offset < (uint){array}.Length)");
            _w.Line(_holes ? "return result;" : $"return {array}[offset];");
            _w.Close();
            _w.Line();
            _w.Line(fallbackStatement + ";");
            _w.Close();
            _w.Line();
        }

        /// <summary>The test that a slot index is a member: in range, and (with gaps) a name in <c>s_names</c>.</summary>
        private string IsMemberSlot(string offset)
            => _holes
                ? $"{offset} < (uint)s_names.Length && s_names[{offset}] is not null"
                : $"{offset} < (uint)s_names.Length";

        /// <summary>The arrays of <see cref="WriteValueLookup"/> and ToOutcome, one element per slot, in slot order.</summary>
        private void WriteArrays()
        {
            foreach (var (name, elementType, value, hole) in _arrays)
            {
                _w.Line();
                _w.Line($"private static readonly {elementType}[] {name} = new {elementType}[]");
                _w.Open();
                var holes = new List<string>();
                for (var i = 0; i <= _slots!.Length; i++)
                {
                    var member = i < _slots.Length ? _slots[i] : null;
                    if (member is null && i < _slots.Length)
                    {
                        holes.Add(hole);
                        continue;
                    }

                    // Gaps between integer codes, a few to a line.
                    for (var h = 0; h < holes.Count; h += 8)
                    {
                        _w.Line(string.Join(" ", holes.Skip(h).Take(8).Select(x => x + ",")));
                    }

                    holes.Clear();
                    if (member is not null)
                    {
                        _w.Line(value(member) + ",");
                    }
                }

                _w.Close("};");
            }
        }

        /// <summary>An extension method that switches over the members and returns a value per member.</summary>
        private void WriteValueSwitch(string docs, string returnType, string method, System.Func<TableMember, string> result, string fallbackStatement)
        {
            _w.Line(docs);
            _w.Open($"public static {returnType} {method}(this {_type} value)");
            _w.Open("switch (value)");
            foreach (var member in _table.Members)
            {
                _w.Line("case " + Member(member) + ":");
                _w.Line("    return " + result(member) + ";");
            }

            _w.Line("default:");
            _w.Line("    " + fallbackStatement + ";");
            _w.Close();
            _w.Close();
            _w.Line();
        }

        private void WriteIsDefinedAndValues()
        {
            _w.Line("/// <summary>Whether <paramref name=\"value\"/> is a member of the table.</summary>");
            if (_table.Kind == CodeKind.Integer && _slots is not null)
            {
                _w.Line(Inline);
                _w.Open($"public static bool IsDefined({_type} value)");
                _w.Line("var offset = " + Offset("(int)value") + ";");
                _w.Line("return " + IsMemberSlot("offset") + ";");
                _w.Close();
            }
            else if (_table.Kind == CodeKind.Integer)
            {
                _w.Open($"public static bool IsDefined({_type} value)");
                _w.Open("switch ((int)value)");
                foreach (var member in _table.Members)
                {
                    _w.Line("case " + CodeSyntax.Format(member.Value) + ":");
                }

                if (_table.Members.Count > 0)
                {
                    _w.Line("    return true;");
                }

                _w.Line("default:");
                _w.Line("    return false;");
                _w.Close();
                _w.Close();
            }
            else
            {
                // String and composite members are numbered 1..N.
                _w.Line($"public static bool IsDefined({_type} value) => (int)value >= 1 && (int)value <= {_table.Members.Count};");
            }

            _w.Line();
            _w.Line($"private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<{_type}> s_values = global::System.Array.AsReadOnly(new {_type}[]");
            _w.Line("{");
            foreach (var member in _table.Members)
            {
                _w.Line("    " + Member(member) + ",");
            }

            _w.Line("});");
            _w.Line();
            _w.Line("/// <summary>Every member, in table order.</summary>");
            _w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{_type}> GetValues() => s_values;");
        }
    }
}
