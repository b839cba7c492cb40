import { describe, expect, it } from 'vitest';
import { plainByline, siteAndAuthor } from '../../../../src/core/model/byline';

describe('plainByline', () => {
  it('keeps a plain name as it is', () => {
    expect(plainByline('Umair Irfan')).toBe('Umair Irfan');
    expect(plainByline('Amy Kuperinsky | NJ Advance Media for NJ.com')).toBe('Amy Kuperinsky | NJ Advance Media for NJ.com');
  });

  it('drops a leading "By"', () => {
    expect(plainByline('By TOM KRISHER, AP Auto Writer')).toBe('TOM KRISHER, AP Auto Writer');
    expect(plainByline('by: Laurie Oakes')).toBe('Laurie Oakes');
    expect(plainByline('Posted by Vortex')).toBe('Vortex');
    expect(plainByline('Byron York')).toBe('Byron York');
  });

  it('cuts the date a byline carries', () => {
    expect(plainByline('by Jeff Foust — November 18, 2019')).toBe('Jeff Foust');
    expect(plainByline('by Jeff Foust Monday, November 18, 2019')).toBe('Jeff Foust');
    expect(plainByline('By admin - 2018-09-16')).toBe('admin');
    expect(plainByline('By Nathan Willis\n      March 25, 2015')).toBe('Nathan Willis');
    expect(plainByline('by Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(plainByline('Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC')).toBe('Joe Wee');
    expect(plainByline('PTI,')).toBe('PTI');
    expect(plainByline('Damian Carrington Mon 3 Feb 2025 06.00 GMT')).toBe('Damian Carrington');
    expect(plainByline('By Ann Lee, Thu., Oct. 9, 2025')).toBe('Ann Lee');
  });

  it('is empty when the byline was only a date', () => {
    expect(plainByline('Sunday, Feb 1, 2015 11:57 AM UTC')).toBe('');
    expect(plainByline('November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm')).toBe('');
    expect(plainByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBe('');
    expect(plainByline('Last Updated: January 7, 2025')).toBe('');
  });

  it('leaves names that hold a month or a weekday', () => {
    expect(plainByline('April Ryan')).toBe('April Ryan');
    expect(plainByline('By Theresa May and June Carter')).toBe('Theresa May and June Carter');
    expect(plainByline('Robinson Crusoe and Friday')).toBe('Robinson Crusoe and Friday');
    expect(plainByline('By Sun Yat and Wed Lee')).toBe('Sun Yat and Wed Lee');
  });
});

describe('siteAndAuthor', () => {
  it('gives the site, then the author as plainByline reads it', () => {
    expect(siteAndAuthor('The Guardian', 'By Damian Carrington — Mon 3 Feb')).toEqual(['The Guardian', 'Damian Carrington']);
    expect(siteAndAuthor('', 'Laurie Oakes')).toEqual(['Laurie Oakes']);
    expect(siteAndAuthor('salon.com', 'Sunday, Feb 1, 2015 11:57 AM UTC')).toEqual(['salon.com']);
  });

  it('names the site once when the byline is only its name', () => {
    expect(siteAndAuthor('BBC News', 'BBC News')).toEqual(['BBC News']);
    expect(siteAndAuthor('CNN', 'By  cnn ')).toEqual(['CNN']);
    expect(siteAndAuthor('BBC News', 'BBC News Staff')).toEqual(['BBC News', 'BBC News Staff']);
  });
});
