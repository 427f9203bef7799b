using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Dangjian.Core.Members.Import;

/// <summary>The XML of an .xlsx's parts: no DTD (so no entity bombs or external entities), names matched by local name (transitional and strict).</summary>
internal static partial class XlsxXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Open(ZipArchiveEntry entry, XmlNameTable? names = null) =>
        XmlReader.Create(entry.Open(), Settings, new XmlParserContext(names ?? new NameTable(), null, null, XmlSpace.None));

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt; (its &lt;t&gt;, or the &lt;t&gt; of its runs; phonetic runs left out); leaves the reader after it.</summary>
    public static string ReadItem(XmlReader x)
    {
        if (x.IsEmptyElement)
        {
            x.Read();
            return "";
        }

        var depth = x.Depth;
        string? single = null;
        StringBuilder? more = null;
        x.Read();
        while (!x.EOF && !(x.NodeType == XmlNodeType.EndElement && x.Depth == depth))
        {
            if (x.NodeType != XmlNodeType.Element || x.LocalName == "r")
            {
                x.Read();
            }
            else if (x.LocalName == "t")
            {
                var t = x.ReadElementContentAsString();
                if (single is null)
                {
                    single = t;
                }
                else
                {
                    (more ??= new StringBuilder(single)).Append(t);
                }
            }
            else
            {
                x.Skip();
            }
        }

        x.Read();
        return Unescape(more?.ToString() ?? single ?? "");
    }

    /// <summary>Characters XML cannot carry, which Excel writes as _xHHHH_.</summary>
    public static string Unescape(string s) => s.Contains("_x", StringComparison.Ordinal)
        ? Escaped().Replace(s, m => ((char)Convert.ToUInt16(m.Groups[1].Value, 16)).ToString())
        : s;

    [GeneratedRegex("_x([0-9A-F]{4})_")]
    private static partial Regex Escaped();
}
