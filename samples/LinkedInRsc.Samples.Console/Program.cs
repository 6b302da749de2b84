Console.WriteLine("LinkedInRsc console sample");
