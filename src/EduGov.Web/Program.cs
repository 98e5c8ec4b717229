using EduGov.Web.Hosting;

var app = EduGovHost.Build(args);
await EduGovHost.PrepareAsync(app);
await app.RunAsync();

public partial class Program;
