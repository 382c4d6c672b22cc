using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;

namespace CodeTables.Generator.Parsing
{
    /// <summary>One CSV record: its fields, where it starts in the file, and any quoting problem CsvHelper found.</summary>
    internal sealed class CsvRecord
    {
        public CsvRecord(string[] fields, int start, string raw, bool badData)
        {
            Fields = fields;
            Start = start;
            Raw = raw;
            BadData = badData;
        }

        public string[] Fields { get; }

        /// <summary>Offset of the record's first character in the whole file.</summary>
        public int Start { get; }

        /// <summary>The record's raw text, quotes and line break included.</summary>
        public string Raw { get; }

        public bool BadData { get; }

        public bool IsBlank
        {
            get
            {
                foreach (var cell in Fields)
                {
                    if (!string.IsNullOrWhiteSpace(cell))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>Reads the records of a table's CSV body (everything from the header on) with CsvHelper.</summary>
    internal static class CsvRecordReader
    {
        public static IEnumerable<CsvRecord> Read(string text, int offset)
        {
            var badData = false;
            var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Mode = CsvMode.RFC4180,
                IgnoreBlankLines = true,
                DetectColumnCountChanges = false,
                BadDataFound = _ => badData = true,
            };

            using var parser = new CsvParser(new StringReader(text.Substring(offset)), configuration);
            while (parser.Read())
            {
                var raw = parser.RawRecord ?? string.Empty;
                var fields = parser.Record ?? Array.Empty<string>();
                yield return new CsvRecord(fields, offset + (int)parser.CharCount - raw.Length, raw, badData);
                badData = false;
            }
        }
    }
}
