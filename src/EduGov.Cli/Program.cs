using EduGov.Cli;

return await EduGovCli.RunAsync(args);
