using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using UrbanCoop.Features.Intake;
using UrbanCoop.Features.Intake.Reading;

namespace UrbanCoop.Tests.Features.Intake;

/// <summary>Real DOCX, PDF, HTML and encoded text files, and each kind of bad input, through the extract path.</summary>
public sealed class ReadingTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("intake-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var table = new Table(
                Row("City:", "Liuzhou", "Barcelona, Granada"),
                Row("Population:", "4 million", "N/A"),
                Row("Size in km²", "18,600 km2", "N/A"),
                Row("Pairing agreement signing date", "June 2019", "June 2019"));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Urban Cooperation Action Plan Summary"))),
                table,
                new Paragraph(new Run(new Text("Contact: Mr. WU Wenneng (Development and Reform Commission Liuzhou) 柳州")))));
        }
        return stream.ToArray();

        static TableRow Row(params string[] cells) =>
            new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))).ToArray<OpenXmlElement>());
    }

    private static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
            y -= 18;
        }
        return builder.Build();
    }

    [Fact]
    public void A_docx_summary_table_is_read_as_rows()
    {
        var doc = ExtractCommand.ExtractFile(Write("plan.docx", Docx()));
        Assert.Null(doc.Error);
        Assert.Equal("action-plan-summary", doc.Kind);
        var liuzhou = doc.Places!.Single(p => p.Name == "Liuzhou");
        Assert.Equal(4_000_000, liuzhou.Population);
        Assert.Equal(18_600, liuzhou.AreaKm2);
        Assert.Contains(doc.People!, p => p.Name == "Wenneng Wu");
        Assert.Equal("2019-06", Assert.Single(doc.Partnerships!).Since);
    }

    [Fact]
    public void A_pdf_news_post_is_read_page_by_page()
    {
        var bytes = Pdf("Bologna and Chengdu Hold a Workshop on Smart Mobility",
            "On 12 October 2021, experts from Bologna and Chengdu held a workshop on smart mobility and hydrogen vehicles.",
            "Ms. Elena Rossi, Director of the Mobility Department of Bologna, presented the plan.");
        var doc = ExtractCommand.ExtractFile(Write("news.pdf", bytes));
        Assert.Null(doc.Error);
        Assert.Equal(["Bologna", "Chengdu"], doc.Places!.Select(p => p.Name).Order());
        var workshop = Assert.Single(doc.Events!);
        Assert.Equal(("workshop", "2021-10-12"), (workshop.Kind, workshop.Start));
        Assert.Contains("mobility", doc.Themes!);
        Assert.Contains(doc.People!, p => p.Name == "Elena Rossi");
    }

    [Fact]
    public void An_html_page_loses_its_chrome_and_keeps_its_table()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head><body>
            <nav><a href="#">Skip links</a> Home | News</nav>
            <h1>Granada and Hangzhou sign MoU on cultural heritage</h1>
            <p>On 5 June 2022, Granada and Hangzhou signed 3 MoUs on cultural heritage and tourism in a forum with over 80 participants.</p>
            <table><tr><td>City</td><td>Hangzhou</td><td>Granada</td></tr><tr><td>Population</td><td>12 million</td><td>N/A</td></tr></table>
            <footer>Return to top of page</footer><script>alert(1)</script></body></html>
            """;
        var doc = ExtractCommand.ExtractFile(Write("page.html", Encoding.UTF8.GetBytes(html)));
        Assert.Equal("Granada and Hangzhou sign MoU on cultural heritage", doc.Title);
        var forum = Assert.Single(doc.Events!);
        Assert.Equal(("forum", "2022-06-05", 80), (forum.Kind, forum.Start, forum.Participants));
        Assert.Equal(3, Assert.Single(doc.Agreements!).Count);
        Assert.Contains("cultural-heritage", doc.Themes!);
    }

    [Fact]
    public void Gb18030_text_without_declaration_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("柳州与巴塞罗那合作 Liuzhou and Barcelona\n柳东新区的智慧谷项目。\n");
        var text = DocumentReader.Read(bytes, ".txt");
        Assert.Equal("GB18030", text.EncodingName);
        Assert.Contains("柳州与巴塞罗那", text.Text);
    }

    [Fact]
    public void Latin1_text_without_declaration_is_decoded()
    {
        var bytes = Encoding.Latin1.GetBytes("Mr. Pablo Gándara met Ms Begoña Núñez in Málaga and Zürich on 3 May 2022.\n");
        var text = DocumentReader.Read(bytes, ".txt");
        Assert.Equal("Windows-1252", text.EncodingName);
        Assert.Contains("Gándara", text.Text);
        var doc = ExtractCommand.ExtractFile(Write("latin1.txt", bytes));
        Assert.Contains(doc.People!, p => p.Name == "Pablo Gándara");
    }

    [Fact]
    public void Each_bad_file_gets_its_own_error_and_the_good_one_is_still_extracted()
    {
        var docx = Docx();
        var pdf = Pdf("Bari and Rome held a meeting on 1 March 2022.");
        var files = new[]
        {
            Write("empty.txt", []),
            Write("junk.pdf", [(byte)'j', 0, 1, 2, 3]),
            Write("junk.bin", [0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7]),
            Write("cut.docx", docx[..(docx.Length / 2)]),
            Write("cut.pdf", pdf[..(pdf.Length / 2)]),
            Write("good.txt", Encoding.UTF8.GetBytes("Rome and Bari held a meeting on 1 March 2022.")),
        };
        var results = files.Select(f => ExtractCommand.ExtractFile(f)).ToList();
        Assert.Equal(files.Select(Path.GetFileName), results.Select(r => r.File));
        Assert.Contains("empty", results[0].Error);
        Assert.Contains("not a PDF", results[1].Error);
        Assert.Contains("binary", results[2].Error);
        Assert.Contains("DOCX", results[3].Error);
        Assert.Contains("truncated PDF", results[4].Error);
        Assert.Null(results[5].Error);
        Assert.Contains(results[5].Places!, p => p.Name == "Bari");
    }

    [Fact]
    public void An_oversize_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(dir, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(200L * 1024 * 1024);
        var doc = ExtractCommand.ExtractFile(path);
        Assert.Contains("200 MB, above the 50 MB limit", doc.Error);
    }

    [Fact]
    public void A_password_protected_pdf_is_named_as_such()
    {
        var doc = ExtractCommand.ExtractFile(Write("locked.pdf", EncryptedPdf()));
        Assert.Contains("password-protected", doc.Error);
    }

    /// <summary>A one-page PDF whose trailer names a standard security handler with a user password we do not know.</summary>
    private static byte[] EncryptedPdf()
    {
        var o = new string('A', 64);
        var u = new string('B', 64);
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{o}> /U <{u}> >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append($"{offset:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{new string('1', 32)}> <{new string('1', 32)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
